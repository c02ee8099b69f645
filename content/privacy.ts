// Personal data shown to people who do not need it in full: a phone as 138****5678.
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '***'
}

/** Every mainland mobile number anywhere in a value (also inside longer text, such as a URL's query). */
const MOBILE_IN_TEXT = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g

/** A copy of `value` with every mobile number in its strings masked, however deep. */
export function maskPhones<T>(value: T): T {
  if (typeof value === 'string') return value.replace(MOBILE_IN_TEXT, maskPhone) as T
  if (Array.isArray(value)) return value.map(maskPhones) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskPhones(v)])) as T
  }
  return value
}
