#include "core/anonymous_sale.h"
#include "core/validation.h"
#include "io/import_run.h"

// The transactions part of an import: sale lines assembled into invoices, written as purchases and
// cancellations of customers, or as anonymous sales.
namespace rapport::io {

void ImportRun::saleRow(std::span<const std::string_view> fields, std::int64_t rowNumber, std::size_t line,
                        std::string_view raw, ProblemList& problems) {
    auto parsed = m_saleLines->parse(fields, problems);
    if (!problems.empty()) {
        return;
    }
    m_report.roundedAmounts += parsed.rounded ? 1 : 0;
    if (parsed.line.customer.empty()) {
        ++m_report.anonymousRows;
        if (m_options.anonymousRows == AnonymousRows::Skip) {
            ++m_report.anonymousSkipped;
            return;
        }
    }
    parsed.line.row = rowNumber;
    parsed.line.line = line;
    parsed.line.raw = raw;
    m_assembler->add(std::move(parsed.line));
}

void ImportRun::rejectSale(const Sale& sale, const std::vector<RowProblem>& problems) {
    for (const auto* line : sale.lines) {
        m_lateReject(problems, line->row, line->line, line->raw);
    }
}

CustomerKey ImportRun::keyOf(std::string_view customer) {
    CustomerKey key;
    if (customer.starts_with("rapport:")) {
        key.rapportId = parseInteger(customer.substr(8));
    } else if (customer.starts_with("email:")) {
        key.email = std::string(customer.substr(6));
    } else {
        key.externalRef = std::string(customer);
    }
    return key;
}

std::optional<std::int64_t> ImportRun::storeSale(const Sale& sale) {
    std::vector<RowProblem> problems;
    ProblemList list(m_columns, problems);
    if (sale.customer.empty()) {
        storeAnonymousSale(sale, list);
        if (!problems.empty()) {
            rejectSale(sale, problems);
        }
        return std::nullopt;
    }
    auto key = keyOf(sale.customer);
    key.name = sale.customerName;
    const auto customerId = resolveCustomer(key, sale.date, list);
    if (!customerId) {
        rejectSale(sale, problems);
        return std::nullopt;
    }
    core::Episode episode;
    episode.customerId = *customerId;
    episode.occurredOn = sale.date;
    episode.kind = sale.cancellation ? core::EpisodeKind::Return : core::EpisodeKind::Purchase;
    episode.channel = sale.channel;
    episode.revenue = sale.revenue;
    episode.margin = sale.margin;
    episode.notes = sale.notes;
    episode.reference = sale.reference;
    episode.lineCount = sale.lineCount;
    if (sale.cancelsHandle) {
        episode.cancels = *sale.cancelsHandle;
    } else if (sale.cancellation && !sale.cancelsReference.empty()) {
        episode.cancels = m_writer.purchaseByReference(*customerId, sale.cancelsReference);
        m_linkedToTheBase += episode.cancels ? 1 : 0;
    }
    const auto errors = core::validationErrors(episode);
    if (!errors.empty()) {
        for (const auto& error : errors) {
            // A margin above the amount belongs under the margin's column, with the sale's margin (summed over its
            // lines) as the value; other problems of the whole sale name its document.
            if (error.field == "margin" && sale.margin) {
                list.add("margin", sale.margin->toDecimal(), error.message);
            } else {
                list.add(error.field == "revenue" ? "revenue" : "", sale.reference, error.message);
            }
        }
        rejectSale(sale, problems);
        return std::nullopt;
    }
    auto* created = createdByThisRun(*customerId);
    if (created == nullptr && alreadyImported(episode)) {
        ++m_report.unchanged;
        if (!sale.cancellation && !sale.reference.empty()) {
            return m_writer.purchaseByReference(*customerId, sale.reference);
        }
        return std::nullopt;
    }
    const auto id = m_writer.addEpisode(episode);
    noteDate(created, sale.date);
    ++m_report.added;
    return sale.cancellation ? std::nullopt : std::optional<std::int64_t>(id);
}

void ImportRun::storeAnonymousSale(const Sale& sale, ProblemList& problems) {
    core::AnonymousSale anonymous;
    anonymous.occurredOn = sale.date;
    anonymous.revenue = sale.revenue;
    anonymous.margin = sale.margin;
    anonymous.reference = sale.reference;
    anonymous.lineCount = sale.lineCount;
    anonymous.customerText = sale.placeholder;
    anonymous.channel = sale.channel;
    const auto errors = core::validationErrors(anonymous);
    if (!errors.empty()) {
        for (const auto& error : errors) {
            problems.add("", sale.reference, error.message);
        }
        return;
    }
    const std::string key = std::to_string(anonymous.occurredOn.days()) + '|' + anonymous.reference + '|' +
                            std::to_string(anonymous.revenue.minor()) + '|' +
                            (anonymous.margin ? std::to_string(anonymous.margin->minor()) : "-");
    auto& seen = m_anonymousOccurrences[key];
    ++seen;
    if (m_writer.countEarlierAnonymousSalesLike(anonymous) >= seen) {
        ++m_report.unchanged;
        return;
    }
    m_writer.addAnonymousSale(anonymous);
    ++m_report.anonymousSales;
    m_report.anonymousRevenueMinor += anonymous.revenue.minor();
}

} // namespace rapport::io
