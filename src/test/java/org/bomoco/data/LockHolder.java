package org.bomoco.data;

import java.nio.file.Path;

/** A child process for {@link DirectoryLockTest}: locks the directory {@code args[0]}, says so, and waits to be killed. */
final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        DirectoryLock lock = DirectoryLock.acquire(Path.of(args[0]));
        System.out.println("locked " + ProcessHandle.current().pid());
        System.out.flush();
        Thread.sleep(120_000); // the test kills this process long before
        lock.close();
    }
}
