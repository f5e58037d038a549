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
    std::function<void(const WaitNotice&)> current;
    {
        const std::lock_guard lock(listenerMutex());
        current = listener();
    }
    if (current) {
        current(notice);
    }
}

} // namespace rapport::storage
