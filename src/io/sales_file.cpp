#include "io/sales_file.h"

#include "io/csv_reader.h"
#include "io/row_parsers.h"
#include "io/source_text.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace rapport::io {

namespace {

/** Lines read and checked, handed from the reading thread to the one that assembles them into sales. */
struct LineBatch {
    std::vector<SaleLine> lines; // owning their text: nothing in them points into the file
};

/**
 * A few batches between the reader and the assembler: the reader waits when they are all full, the assembler when
 * there is none. Either side closes it: the reader at the end of the file, the assembler when it fails.
 */
class BatchQueue {
public:
    /** False when the assembler has stopped: the reader stops too. */
    bool push(LineBatch batch) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_closed || m_batches.size() < kCapacity; });
        if (m_closed) {
            return false;
        }
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    /** False when the queue is closed and empty. */
    bool pop(LineBatch& batch) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_closed || !m_batches.empty(); });
        if (m_batches.empty()) {
            return false;
        }
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }
    void close() {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    /** Closes and drops what waits: reading failed, and no more sales may reach the sink. */
    void abandon() {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_abandoned = true;
        m_batches.clear();
        m_changed.notify_all();
    }
    [[nodiscard]] bool abandoned() {
        const std::lock_guard lock(m_mutex);
        return m_abandoned;
    }
    /**
     * A batch the assembler is done with, for the reader to fill again: its memory (a megabyte for 4,096 lines)
     * is used again instead of being mapped, faulted in page by page and unmapped for every batch.
     */
    void recycle(LineBatch batch) {
        batch.lines.clear(); // keeps the capacity
        const std::lock_guard lock(m_mutex);
        if (m_spare.size() < kCapacity + 2) {
            m_spare.push_back(std::move(batch));
        }
    }
    /** An empty batch to fill: a recycled one when there is one. */
    LineBatch empty(std::size_t lines) {
        {
            const std::lock_guard lock(m_mutex);
            if (!m_spare.empty()) {
                auto batch = std::move(m_spare.back());
                m_spare.pop_back();
                return batch;
            }
        }
        LineBatch batch;
        batch.lines.reserve(lines);
        return batch;
    }

private:
    static constexpr std::size_t kCapacity = 4;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<LineBatch> m_batches;
    std::vector<LineBatch> m_spare;
    bool m_closed = false;
    bool m_abandoned = false;
};

} // namespace

SalesFileReport readSalesFile(const std::string& path, const ImportOptions& givenOptions,
                              const std::function<void(const Sale&)>& sink) {
    auto options = givenOptions;
    options.kind = ImportKind::Transactions;
    SalesFileReport report;
    report.layout = inspectFile(path, options);
    const auto& layout = report.layout;
    checkReadable(path, layout, options.kind);
    SourceText source(path);
    const auto text = source.utf8(layout.encoding);
    const ColumnIndex columns(layout, ImportKind::Transactions);
    const ParseSettings settings{*layout.dateOrder, layout.decimalSeparator, core::Date::today()};
    const SaleLineParser parser(columns, settings, options.anonymousCustomerValues);
    std::int64_t handles = 0;
    SaleAssembler assembler(
        [&](const Sale& sale) -> std::optional<std::int64_t> {
            if (sale.customer.empty()) {
                report.anonymousRevenueMinor += sale.revenue.minor();
                return std::nullopt;
            }
            sink(sale);
            return ++handles;
        },
        layout.negativeAmounts > 0);

    // Reading and checking the rows takes about as long as assembling them into sales and handing those on, so the
    // two run side by side: this thread reads, a second one assembles (and calls `sink`), batches going between.
    BatchQueue queue;
    std::exception_ptr assemblyFailure;
    std::thread assembling([&] {
        try {
            LineBatch batch;
            while (queue.pop(batch)) {
                for (auto& line : batch.lines) {
                    assembler.add(std::move(line));
                }
                queue.recycle(std::move(batch));
            }
            if (!queue.abandoned()) {
                assembler.finish();
            }
        } catch (...) {
            assemblyFailure = std::current_exception();
            queue.close();
        }
    });
    // The thread uses this function's locals, and a std::thread destroyed unjoined ends the program: when reading
    // throws, the assembler drops what waits and is joined before the exception leaves.
    struct JoinAtExit {
        BatchQueue& queue;
        std::thread& thread;
        ~JoinAtExit() {
            if (thread.joinable()) {
                queue.abandon();
                thread.join();
            }
        }
    } joinAtExit{queue, assembling};

    CsvReader reader(text, layout.delimiter);
    CsvRecord record;
    if (layout.header) {
        reader.next(record);
    }
    const auto reject = [&](std::vector<RowProblem>& problems) {
        ++report.rejected;
        for (auto& problem : problems) {
            problem.row = report.rows;
            problem.line = record.line;
            if (report.problems.size() < ImportReport::kMaxListed) {
                report.problems.push_back(problem);
            }
        }
    };
    // A file of millions of rows need not stay in memory as a whole: the part read (but the last megabyte) is let
    // go every few megabytes. The lines handed to the assembler own their text.
    constexpr std::size_t kReleaseEvery = 8u << 20;
    constexpr std::size_t kKeepBehind = 1u << 20;
    constexpr std::size_t kBatchLines = 4096;
    std::size_t released = 0;
    LineBatch batch = queue.empty(kBatchLines);
    const auto handOn = [&] {
        const bool accepted = queue.push(std::move(batch));
        batch = queue.empty(kBatchLines);
        return accepted;
    };
    while (reader.next(record)) {
        if (reader.offset() - released > kReleaseEvery + kKeepBehind) {
            released = reader.offset() - kKeepBehind;
            source.releaseBefore(text.data() + released);
        }
        ++report.rows;
        std::vector<RowProblem> problems;
        if (!record.error.empty()) {
            problems.push_back({0, 0, {}, {}, record.error});
            reject(problems);
            continue;
        }
        ProblemList list(columns, problems);
        auto parsed = parser.parse(record.fields, list);
        if (!problems.empty()) {
            reject(problems);
            continue;
        }
        report.roundedAmounts += parsed.rounded ? 1 : 0;
        if (parsed.line.customer.empty()) {
            ++report.anonymousRows;
            if (options.anonymousRows == AnonymousRows::Skip) {
                continue;
            }
        }
        parsed.line.row = report.rows;
        parsed.line.line = record.line;
        batch.lines.push_back(std::move(parsed.line));
        if (batch.lines.size() == kBatchLines && !handOn()) {
            break; // the assembler failed; its error is thrown below
        }
    }
    if (!batch.lines.empty()) {
        handOn();
    }
    queue.close();
    assembling.join();
    if (assemblyFailure) {
        std::rethrow_exception(assemblyFailure);
    }
    report.sales = assembler.sales();
    report.groupedLines = assembler.groupedLines();
    report.cancellations = assembler.cancellations();
    report.linkedCancellations = assembler.linkedCancellations();
    return report;
}

} // namespace rapport::io
