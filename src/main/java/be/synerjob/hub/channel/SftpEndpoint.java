package be.synerjob.hub.channel;

/** The hub's running SFTP server, as the demo credentials and the README describe it. */
public interface SftpEndpoint {

  /** The port the server listens on (the configured one, or the one picked for port 0). */
  int port();
}
