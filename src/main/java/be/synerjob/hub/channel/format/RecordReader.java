package be.synerjob.hub.channel.format;

import be.synerjob.hub.vacancy.IncomingRecord;

/**
 * Reads a file one record at a time, so memory does not grow with the file. Each record carries its
 * location ({@code line 12}, {@code element PositionOpening[3] (line 40)}).
 */
public interface RecordReader extends AutoCloseable {

  /**
   * The next record, or null at the end.
   *
   * @throws FileFailure when the file cannot be read on (records before it are valid)
   */
  IncomingRecord next();

  /** Where a canonical field comes from in this format, for reports; null when the same. */
  default String sourceField(String canonicalField) {
    return null;
  }

  /** The encoding the file was read in. */
  String encoding();

  @Override
  void close();
}
