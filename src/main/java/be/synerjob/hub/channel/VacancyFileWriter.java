package be.synerjob.hub.channel;

import be.synerjob.hub.channel.format.RecordWriter;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes vacancies as a file in any format the hub reads (NDJSON, CSV, HR Open XML, JSON-LD), the
 * way the hub's exports write them: for test data, the generator and members' tooling. Not thread
 * safe; closing it closes the stream.
 */
public final class VacancyFileWriter implements AutoCloseable {

  private final RecordWriter writer;
  private final OutputStream out;

  private VacancyFileWriter(RecordWriter writer, OutputStream out) {
    this.writer = writer;
    this.out = out;
  }

  public static VacancyFileWriter open(FileFormat format, OutputStream out) {
    return new VacancyFileWriter(RecordWriter.open(format, false, out), out);
  }

  public void write(Vacancy v) {
    writer.vacancy(VacancyJson.write(v));
  }

  @Override
  public void close() {
    writer.close();
    try {
      out.close(); // an XML stream writer does not close its stream (a .gz would stay unfinished)
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
