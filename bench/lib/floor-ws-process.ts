// The memory floor: a plain `ws` server holding idle connections, alone in its process like the hub
// is, so its RSS per connection is what the runtime and a minimal WebSocket stack cost.
import { WebSocketServer, type WebSocket } from 'ws'
import { serve } from './child.ts'
import { memoryUsage, type Collect } from './gc.ts'

const clients = new Set<WebSocket>()
let server: WebSocketServer | undefined

serve({
  async start() {
    server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
    server.on('connection', (ws) => {
      clients.add(ws)
      ws.on('close', () => clients.delete(ws))
    })
    await new Promise<void>((resolve) => server!.once('listening', () => resolve()))
    const address = server.address()
    return { port: typeof address === 'object' && address ? address.port : 0 }
  },

  async memory(message) {
    return {
      ...(await memoryUsage((message.collect as Collect | undefined) ?? 'none')),
      devicesOnline: clients.size,
    }
  },
})
