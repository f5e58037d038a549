#include "storage/waiting.h"

#include <mutex>

namespace rapport::storage {

namespace {

std::mutex& listenerMutex() {
    static std::mutex mutex;
    return mutex;
}

std::function<void(const WaitNotice&)>& listener() {
    static std::function<void(const WaitNotice&)> current;
    return current;
}

} // namespace

void setWaitListener(std::function<void(const WaitNotice&)> newListener) {
    const std::lock_guard lock(listenerMutex());
    listener() = std::move(newListener);
}

void notifyWait(const WaitNotice& notice) {
    // Called under the lock, so that setWaitListener({}) returns only when no call into the old listener is under
    // way (a window being closed while a worker waits). Listeners only post a message: they must not block.
    const std::lock_guard lock(listenerMutex());
    if (listener()) {
        listener()(notice);
    }
}

} // namespace rapport::storage
