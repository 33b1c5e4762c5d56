/** Why the build wrote nothing, in plain Dutch for staff: what is wrong and what to do. */
export class BuildRefusal extends Error {
  readonly fix: string;
  constructor(message: string, fix: string) {
    super(message);
    this.name = 'BuildRefusal';
    this.fix = fix;
  }
}
