#pragma once

namespace rapport::analytics {

/**
 * Hands the heap's free pages back to the system after a whole-base step freed its working data (a million
 * customers' lines and summaries): without it glibc keeps them, and the app's resident size stays at the
 * analysis's peak for the rest of the session. Does nothing where the C library has no such call.
 */
void releaseFreedMemory();

} // namespace rapport::analytics
