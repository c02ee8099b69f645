// One error shape for every failure: {statusCode, error, message} plus `fields` for bad input.
// A client's mistake is always a 4xx; internals of a 5xx are logged, never sent.
import type { FastifyError, FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { STATUS_CODES } from 'node:http'
import type { FieldError } from '../../content/model.ts'
import { toFieldErrors } from '../../content/validate.ts'

export default fp(async function errors(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const prefix = error.validationContext === 'body' ? '' : (error.validationContext ?? '')
      const fields = toFieldErrors(error.validation, prefix === 'querystring' ? '' : prefix)
      return reply.status(400).send({
        statusCode: 400,
        error: 'Bad Request',
        message: `${fields.map((f) => `${f.path} ${f.message}`).join('; ')}`,
        fields,
      })
    }
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed')
      return reply.status(status).send({
        statusCode: status,
        error: STATUS_CODES[status] ?? 'Error',
        message: status === 503 ? error.message : 'Something went wrong on the hub; it has been logged.',
      })
    }
    const fields = (error as FastifyError & { fields?: FieldError[] }).fields
    return reply.status(status).send({
      statusCode: status,
      error: STATUS_CODES[status] ?? 'Error',
      message: error.message,
      ...(fields ? { fields } : {}),
    })
  })

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      statusCode: 404,
      error: 'Not Found',
      message: `There is nothing at ${request.method} ${request.url.split('?')[0]}`,
    }),
  )
})

/** An error a route throws to answer in the common shape, e.g. `throw httpError(404, 'no such job')`. */
export function httpError(statusCode: number, message: string, fields?: FieldError[]): Error {
  return Object.assign(new Error(message), { statusCode, ...(fields ? { fields } : {}) })
}
