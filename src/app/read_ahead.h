#pragma once

#include <future>
#include <optional>
#include <utility>

namespace rapport::app {

/**
 * Walks a keyset-paged read (a page type with `next`, the key to continue after, empty on the last page) and hands
 * each page to `consume` while the next one is already being read on a thread of its own: a whole-base export
 * formats one page on one core while the database reads the next on the other, instead of one after the other.
 *
 * `fetch(after)` (empty `after` for the first page) is called on one thread at a time and never beside another
 * fetch, so it may use the caller's repository connection; `consume` must not use that connection (a vCard export
 * that reads each customer's contact persons pages one at a time instead). Each page after the first is read on a
 * new thread, so the connection must not depend on which thread uses it (SQLite opened without its own mutex and
 * libpqxx both allow one thread at a time). An exception from either ends the walk after the read in flight has
 * finished, and reaches the caller.
 */
template <typename Fetch, typename Consume> void forEachPageReadingAhead(Fetch&& fetch, Consume&& consume) {
    using Page = decltype(fetch(std::nullopt));
    Page page = fetch(std::nullopt);
    for (;;) {
        std::future<Page> next;
        if (page.next) {
            next = std::async(std::launch::async, [&fetch, after = *page.next] { return fetch(after); });
        }
        consume(std::as_const(page)); // on throwing, `next`'s destructor waits for the read in flight
        if (!next.valid()) {
            return;
        }
        page = next.get();
    }
}

} // namespace rapport::app
