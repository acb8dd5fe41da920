package be.synerjob.hub.channel.sftp;

import be.synerjob.hub.channel.ChannelProperties;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.Members;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The members' homes on the hub: {@code <root>/<MEMBER>/inbox|processed|rejected|outbox}, and the
 * hub's own staging folder {@code <root>/.staging} (outside every home) where claimed files wait
 * while they are processed.
 */
@Component
public class MemberHomes {

  public static final List<String> FOLDERS = List.of("inbox", "processed", "rejected", "outbox");

  private final Path root;
  private final Members members;

  MemberHomes(ChannelProperties properties, Members members) {
    this.root = properties.sftp().root().toAbsolutePath().normalize();
    this.members = members;
  }

  public Path root() {
    return root;
  }

  public Path home(MemberCode member) {
    return root.resolve(member.value());
  }

  public Path folder(MemberCode member, String folder) {
    return home(member).resolve(folder);
  }

  public Path staging() {
    return root.resolve(".staging");
  }

  /** Creates every member's folders and the staging folder. */
  public void create() {
    try {
      Files.createDirectories(staging());
      for (var m : members.all()) {
        for (String f : FOLDERS) {
          Files.createDirectories(folder(m.code(), f));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Names that are never taken as uploads: hidden or temporary files ({@code .x}, {@code ~x},
   * {@code *.part}, {@code *.tmp}, {@code *.filepart}, {@code *.partial}), markers ({@code *.done})
   * and reports.
   */
  public static boolean temporary(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith(".")
        || n.startsWith("~")
        || n.endsWith(".part")
        || n.endsWith(".tmp")
        || n.endsWith(".filepart")
        || n.endsWith(".partial")
        || n.endsWith(".crdownload")
        || n.endsWith(".done")
        || n.endsWith(".report.json");
  }
}
