package org.bomoco.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DirectoryLock}: one holder at a time, across threads and processes; a killed holder blocks nobody. */
class DirectoryLockTest {
    @Test
    void aSecondThreadIsRefusedUntilTheFirstReleases(@TempDir Path dir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<DirectoryLock> a = pool.submit(() -> {
                start.await();
                return DirectoryLock.acquire(dir);
            });
            Future<DirectoryLock> b = pool.submit(() -> {
                start.await();
                return DirectoryLock.acquire(dir);
            });
            int won = 0;
            int refused = 0;
            DirectoryLock held = null;
            for (Future<DirectoryLock> f : java.util.List.of(a, b)) {
                try {
                    held = f.get(30, TimeUnit.SECONDS);
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause() instanceof DirectoryLock.Busy, String.valueOf(e.getCause()));
                    refused++;
                }
            }
            assertEquals(1, won, "exactly one thread holds the directory");
            assertEquals(1, refused);
            held.close();
            DirectoryLock.acquire(dir).close(); // released: free again
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherProcessIsRefusedWithItsPidAndAKilledHolderLeavesNoBlock(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertEquals("locked " + child.pid(), line);
            DirectoryLock.Busy busy = assertThrows(DirectoryLock.Busy.class, () -> DirectoryLock.acquire(dir));
            assertEquals(dir.toString(), busy.getFile());
            assertTrue(busy.getReason().contains("another bomoco run (process " + child.pid() + ")"),
                    busy.getReason());
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(Files.exists(dir.resolve(DirectoryLock.FILE)), "kill -9 leaves the lock file behind");
        DirectoryLock lock = DirectoryLock.acquire(dir);
        try {
            assertEquals(ProcessHandle.current().pid() + "\n",
                    Files.readString(dir.resolve(DirectoryLock.FILE)), "the new holder's pid replaces the stale one");
        } finally {
            lock.close();
        }
    }
}
