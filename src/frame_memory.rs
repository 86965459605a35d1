//! Memory between frames. glibc's allocator raises the size above which it maps memory afresh to
//! that of the last large block freed, so the largest buffer of each frame (the tessellated meshes,
//! a few MB) is mapped anew every frame and every page of it faults in again: on this project's
//! machine that cost as much as tessellating the map. Fixing the thresholds keeps such buffers in the
//! heap, reused from frame to frame.
//!
//! glibc also gives each thread that allocates a heap ("arena") of its own, in steps of 64 MB: the
//! loader, the parser's workers and the software renderer's threads each kept one, about a third of the
//! app's resident memory with a million events loaded. Two arenas (the UI thread's and one the other
//! threads share) measured 0.97 GB in a window instead of 1.02 GB, with no slower load.

/// Keeps freed blocks under 32 MB in the heap for reuse, up to 64 MB of free heap before giving
/// memory back, and at most two arenas. Called once, as the desktop app starts (the frame benchmark
/// does the same).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn reuse_frame_memory() {
    // SAFETY: mallopt only sets three of the allocator's parameters, with values it accepts; it is
    // called before the app starts its threads.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 64 << 20);
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Other allocators need nothing.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn reuse_frame_memory() {}

/// Gives the memory freed by a load (the parser's buffers, the data it replaced) back to the system,
/// from every thread's heap: after a large load this lowers the app's resident memory by about a tenth.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn give_back_freed() {
    // SAFETY: malloc_trim only returns free pages of the allocator's heaps to the system.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Other allocators need nothing.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn give_back_freed() {}
