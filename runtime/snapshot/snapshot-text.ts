import { closeSync, fstatSync, readSync, rmSync, statSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/** Text read from the library snapshot did not match its checksum: the snapshot is damaged. */
export class SnapshotCorruptError extends Error {
  override readonly name = 'SnapshotCorruptError';
}

/** Descriptors of snapshots no article refers to any more (a library replaced, a test's snapshot). */
const closing = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing to release.
  }
});

/**
 * The text section of a snapshot file, left on disk and read on demand through a descriptor kept open: memory
 * then holds the index, not the library's text a second time. A snapshot renamed over meanwhile (by another
 * process, or this one saving) is still read as it was: the descriptor keeps the old file.
 */
export class SnapshotText {
  private damaged = false;

  constructor(
    private readonly fd: number,
    /** Where the text section starts in the file. */
    private readonly base: number,
    /** The snapshot's path: removed when damage is found, so that the next load rebuilds it. */
    private readonly path: string,
    private readonly log: (line: string) => void,
  ) {
    closing.register(this, fd);
  }

  /** `length` bytes at `offset` in the text section, unchecked. */
  read(offset: number, length: number): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const read = readSync(this.fd, bytes, done, length - done, this.base + offset + done);
      if (read === 0) throw this.corrupt('it is cut off');
      done += read;
    }
    return bytes;
  }

  /** `length` bytes at `offset`, checked against their CRC-32 (an article's whole text). */
  checked(offset: number, length: number, crc: number, what: string): Buffer {
    const bytes = this.read(offset, length);
    if (crc32(bytes) !== crc) throw this.corrupt(`the text of ${what} does not match its checksum`);
    return bytes;
  }

  /**
   * Fills `target` with the bytes at `position` in the file (not in the text section: a block of the index
   * read on demand, see `LazyLists`), checked against their CRC-32.
   */
  checkedInto(position: number, target: Uint8Array, crc: number, what: string): void {
    let done = 0;
    while (done < target.length) {
      const read = readSync(this.fd, target, done, target.length - done, position + done);
      if (read === 0) throw this.corrupt('it is cut off');
      done += read;
    }
    if (crc32(target) !== crc) throw this.corrupt(`${what} does not match its checksum`);
  }

  /**
   * One log line and the file removed (if it is still this one: a newer snapshot may have replaced it), so
   * that the next load rebuilds it from the content; the error for the caller to fail with.
   */
  private corrupt(reason: string): SnapshotCorruptError {
    if (!this.damaged) {
      this.damaged = true;
      let current = false;
      try {
        current = statSync(this.path).ino === fstatSync(this.fd).ino;
      } catch {
        // Gone already.
      }
      if (current) rmSync(this.path, { force: true });
      this.log(
        `quotebot: the library snapshot ${this.path} is corrupt (${reason}): it is rebuilt at the next load`,
      );
    }
    return new SnapshotCorruptError(`the library snapshot ${this.path} is corrupt: ${reason}`);
  }
}
