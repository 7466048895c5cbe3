import { UsageError, type SourceLocation } from "../errors.js";

/** A usage error found in a config file, located like a document error (file#pointer). */
export class ConfigError extends UsageError {
  override name = "ConfigError";
  override readonly location: SourceLocation;
  constructor(message: string, location: SourceLocation, options?: { cause?: unknown }) {
    super(message, options);
    this.location = location;
  }
}
