// Personal data shown to people who do not need it in full: a phone as 138****5678.
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '***'
}
