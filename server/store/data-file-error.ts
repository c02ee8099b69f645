// The error that stops the hub when a data file cannot be read: it names the file and the newest
// backup, and the hub never writes over the file in question.
export class DataFileError extends Error {
  readonly file: string
  readonly backup: string | undefined
  constructor(file: string, reason: string, backup: string | undefined) {
    const restore = backup
      ? `The newest backup is ${backup}. To restore it: stop the hub, copy the backup over ${file}, start again.`
      : 'There is no backup of it yet.'
    super(
      `Data file ${file} could not be read (${reason}). The hub has not started and has not changed the file. ${restore}`,
    )
    this.name = 'DataFileError'
    this.file = file
    this.backup = backup
  }
}
