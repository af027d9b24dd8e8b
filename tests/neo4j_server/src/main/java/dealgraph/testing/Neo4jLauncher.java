package dealgraph.testing;

import java.io.DataInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs a real Neo4j Community DBMS for the test suite, reachable over Bolt on 127.0.0.1.
 *
 * <pre>
 * java [flags] -cp 'target/classes:target/lib/*' dealgraph.testing.Neo4jLauncher \
 *     --home DIR --port N [--password PW] [--tx-timeout-seconds N] [--tx-memory-max-mib N]
 * </pre>
 *
 * Prints exactly one line on stdout, {@code NEO4J_READY bolt://127.0.0.1:PORT}, once Bolt answers.
 * Everything else goes to stderr or to DIR/logs. SIGTERM shuts the DBMS down cleanly.
 */
public final class Neo4jLauncher {

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            // Exit instead of lingering on Neo4j's non-daemon threads, so the harness sees the failure.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Path home = null;
        int port = -1;
        String password = null;          // null: auth disabled
        long txTimeoutSeconds = 60;      // 0 would mean "no timeout"
        long txMemoryMaxMib = 128;       // 0 would mean "unlimited"
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--home" -> home = Path.of(require(args[i], value)).toAbsolutePath();
                case "--port" -> port = Integer.parseInt(require(args[i], value));
                case "--password" -> password = require(args[i], value);
                case "--tx-timeout-seconds" -> txTimeoutSeconds = Long.parseLong(require(args[i], value));
                case "--tx-memory-max-mib" -> txMemoryMaxMib = Long.parseLong(require(args[i], value));
                default -> fail("unknown argument " + args[i]);
            }
            i++;
        }
        if (home == null || port <= 0) {
            fail("usage: Neo4jLauncher --home DIR --port N [--password PW] "
                    + "[--tx-timeout-seconds N] [--tx-memory-max-mib N]");
        }
        Files.createDirectories(home);

        // stdout carries only the ready line; keep anything Neo4j or a library prints off it.
        PrintStream ready = System.out;
        System.setOut(System.err);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(Map.<Setting<?>, Object>of(
                        // Bolt is the only way in, and only from this machine.
                        BoltConnector.enabled, true,
                        BoltConnector.listen_address, new SocketAddress("127.0.0.1", port),
                        BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port),
                        // Plain bolt://, like a local Docker Neo4j (no certificates to manage).
                        BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                        // Tests run without credentials unless --password is given.
                        GraphDatabaseSettings.auth_enabled, password != null,
                        // Let tests use short passwords (the default minimum is 8 characters).
                        GraphDatabaseSettings.auth_minimum_password_length, 1,
                        // The default page cache takes half the RAM; test graphs are tiny.
                        GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(96),
                        // Bound runaway queries the way production does (both can be set per run).
                        GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds),
                        GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMemoryMaxMib)))
                // Server logs (debug.log and friends) under the home directory.
                .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                // No usage reports to neo4j.com from test runs.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt's network threads otherwise idle 5 s twice on shutdown; the stores are
                // already checkpointed by then, so stop/restart in tests need not wait for it.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // The user log (startup/shutdown messages) goes to stderr, which the harness logs.
                .setUserLogProvider(new Log4jLogProvider((OutputStream) System.err))
                .build();
        // On SIGTERM (or Ctrl-C) close the stores cleanly so the next start keeps the data.
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        if (password != null) {
            setPassword(dbms, password);
        }
        waitForBolt(port, Duration.ofSeconds(60));
        ready.println("NEO4J_READY bolt://127.0.0.1:" + port);
        ready.flush();

        new CountDownLatch(1).await();   // keep running until the JVM is told to stop
    }

    /** Gives the built-in "neo4j" user the requested password, without a forced change on first login. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // On a restart with the same home the password is already set, and Neo4j refuses to
            // "change" a password to itself; anything else is a real error.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    /** Waits until the Bolt port answers a Bolt handshake (magic + version proposals, 4-byte reply). */
    private static void waitForBolt(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] handshake = {0x60, 0x60, (byte) 0xB0, 0x17,
                0, 4, 6, 5,  // 5.6 down to 5.2
                0, 0, 4, 4,  // 4.4
                0, 0, 0, 5,  // 5.0
                0, 0, 0, 0};
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                socket.setSoTimeout(2000);
                socket.getOutputStream().write(handshake);
                new DataInputStream(socket.getInputStream()).readInt();
                return;
            } catch (java.io.IOException e) {
                if (System.nanoTime() > deadline) {
                    fail("Bolt did not answer on 127.0.0.1:" + port + ": " + e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static String require(String flag, String value) {
        if (value == null) {
            fail(flag + " needs a value");
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("Neo4jLauncher: " + message);
        System.exit(2);
    }
}
