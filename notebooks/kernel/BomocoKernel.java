import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.LogManager;

import org.rapaio.jupyter.kernel.MainApp;
import org.rapaio.jupyter.kernel.channels.Channels;
import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.Transform;

/**
 * Starts the rapaio Java kernel (io.github.padreati:rapaio-jupyter-kernel 3.0.1) as its {@code MainApp} does, with
 * one start-up race removed. Not part of BOMOCO: notebooks/install-kernel.sh compiles it against the kernel jar.
 *
 * <p>The race: {@code Channels.connect} binds the sockets and starts the channel threads before it assigns its
 * message-handler map, and Jupyter's client sends {@code kernel_info_request} as soon as it can connect. When that
 * message arrives in between, the shell thread dies with a {@code NullPointerException} in
 * {@code Channels.getHandler} and the kernel never answers ("Kernel didn't respond in 60 seconds"); here about half
 * of the starts on a loaded machine; a rarer lost first message remains, see notebooks/run-all.sh. The fix: before {@code connect}, the handler field holds a placeholder map whose
 * lookups wait until {@code connect} has put the real map in its place.
 *
 * <p>Usage: {@code java -cp DIR:rapaio-jupyter-kernel-3.0.1.jar BomocoKernel CONNECTION_FILE}
 */
public final class BomocoKernel {
    private BomocoKernel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BomocoKernel CONNECTION_FILE");
        }
        LogManager.getLogManager().readConfiguration(
                MainApp.class.getClassLoader().getResourceAsStream("logging.properties"));
        String json = Files.readString(Path.of(args[0]));
        ConnectionProperties connection = Transform.fromJson(json, ConnectionProperties.class);
        Channels channels = new Channels(connection);
        Field handlers = Channels.class.getDeclaredField("handlers");
        handlers.setAccessible(true);
        handlers.set(channels, new WaitForHandlers(channels, handlers));
        channels.connect(MainApp.kernel);
        channels.joinUntilClose();
    }

    /** Placeholder handler map: every lookup waits (at most two minutes) for the real map, then asks it. */
    private static final class WaitForHandlers extends AbstractMap<Object, Object> {
        private static final long WAIT_MILLIS = 120_000;
        private final Channels channels;
        private final Field field;

        WaitForHandlers(Channels channels, Field field) {
            this.channels = channels;
            this.field = field;
        }

        private Map<?, ?> real() {
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            try {
                while (true) {
                    Object current = field.get(channels);
                    if (current != this && current != null) {
                        return (Map<?, ?>) current;
                    }
                    if (System.currentTimeMillis() > deadline) {
                        throw new IllegalStateException("the kernel did not finish starting in two minutes");
                    }
                    pause();
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * The real map's handler for {@code key}. {@code connect} fills the real map right after assigning it, so a
         * lookup that finds it empty of {@code key} looks again for up to half a second (an unknown message type
         * stays unknown and costs that half second once, at start-up only).
         */
        @Override
        public Object get(Object key) {
            Map<?, ?> map = real();
            long deadline = System.currentTimeMillis() + 500;
            while (!map.containsKey(key) && System.currentTimeMillis() < deadline) {
                pause();
            }
            return map.get(key);
        }

        private static void pause() {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public Set<Entry<Object, Object>> entrySet() {
            return ((Map<Object, Object>) real()).entrySet();
        }
    }
}
