#pragma once

#include <chrono>
#include <functional>
#include <string>

namespace rapport::storage {

/**
 * Another program holds the database's write lock and this one waits for it (an import in one window, an
 * edit in the other). The front ends say so while it lasts, so a wait never looks like a hang.
 */
struct WaitNotice {
    std::string location;                // the database being waited for
    std::chrono::milliseconds waited{0}; // so far
    std::chrono::milliseconds limit{0};  // when the wait gives up and the change fails
    bool finished = false;               // the last notice of a wait: the lock came free, or (gaveUp) it did not
    bool gaveUp = false;                 // the limit passed: the change fails with BusyError
};

/**
 * Called on the waiting thread, about once a second while a wait lasts longer than a second, and once when it
 * ends. One listener per process; the listener must be thread-safe (workers wait too). Empty: nobody is told.
 */
void setWaitListener(std::function<void(const WaitNotice&)> listener);

/** Tells the listener, if any. Backends call this; front ends do not. */
void notifyWait(const WaitNotice& notice);

} // namespace rapport::storage
