package org.bomoco.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bomoco.model.InputException;

/**
 * Checks a Spark master URL before Spark starts: its form (a typo is a configuration error, exit 2) and, for a
 * standalone master, that its port answers (Spark itself would retry for a minute before giving up; exit 1).
 */
final class SparkMasters {
    /** How long to wait for a standalone master's port. */
    static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?])?");
    private static final Pattern STANDALONE = Pattern.compile("spark://([^:/,]+):([0-9]{1,5})");
    private static final String FORMS = "local, local[N], local[*], local[N,MAX_FAILURES], spark://HOST:PORT, yarn "
            + "or k8s://https://HOST:PORT";

    private SparkMasters() {
    }

    /** Whether {@code master} runs in this JVM ({@code local...}). */
    static boolean local(String master) {
        return master.startsWith("local");
    }

    /**
     * The task slots of a local master: 1 for {@code local}, N for {@code local[N]} and {@code local[N,F]}, the
     * processors for {@code local[*]}; 0 for any other master (its cluster manager decides).
     */
    static int localSlots(String master) {
        Matcher m = LOCAL.matcher(master);
        if (!m.matches()) {
            return 0;
        }
        if (m.group(2) == null) {
            return 1;
        }
        return m.group(2).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(2));
    }

    /**
     * Checks the form of {@code master}.
     *
     * @param source where it was given ({@code --master} or the config file), for the message
     * @throws InputException when it is none of the forms Spark accepts
     */
    static void check(String master, String source) {
        boolean ok = LOCAL.matcher(master).matches() || master.equals("yarn") || master.startsWith("k8s://")
                && master.length() > "k8s://".length() || standalone(master);
        if (!ok) {
            throw new InputException(source, 0, "master", "'" + master + "' is not a Spark master URL; use " + FORMS);
        }
    }

    private static boolean standalone(String master) {
        if (!master.startsWith("spark://")) {
            return false;
        }
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            Matcher m = STANDALONE.matcher("spark://" + hostPort);
            if (!m.matches() || Integer.parseInt(m.group(2)) > 65_535) {
                return false;
            }
        }
        return true;
    }

    /**
     * For {@code spark://} masters, connects to each host:port once.
     *
     * @throws SparkFailure when none answers
     */
    static void reach(String master) throws SparkFailure {
        if (!master.startsWith("spark://")) {
            return;
        }
        IOException last = null;
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            Matcher m = STANDALONE.matcher("spark://" + hostPort);
            if (!m.matches()) {
                continue;
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(m.group(1), Integer.parseInt(m.group(2))), CONNECT_TIMEOUT_MS);
                return;
            } catch (IOException e) {
                last = e;
            }
        }
        throw new SparkFailure("cannot reach the Spark master " + master + " (" + (last == null ? "no address"
                : last.getClass().getSimpleName() + ": " + last.getMessage()) + "); start it, or check the "
                + "host and port (the master's log prints 'Starting Spark master at spark://...')");
    }
}
