package be.synerjob.hub.channel.format;

/**
 * The file as a whole cannot be read on: the wrong format, a truncated or malformed document, a
 * forbidden DOCTYPE, an undeclared encoding. Records read before it were processed.
 *
 * @param code stable, machine-readable: {@code empty}, {@code unknown-format}, {@code
 *     format-mismatch}, {@code encoding}, {@code malformed}, {@code truncated}, {@code doctype},
 *     {@code header}, {@code record-too-large}
 */
public final class FileFailure extends RuntimeException {

  private final String code;
  private final String location;

  public FileFailure(String code, String reason, String location) {
    super(reason);
    this.code = code;
    this.location = location;
  }

  public String code() {
    return code;
  }

  public String location() {
    return location;
  }
}
