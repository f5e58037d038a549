#include "io/import_run.h"

#include "core/validation.h"
#include "io/customer_matching.h"
#include "io/row_expectations.h"

#include <algorithm>
#include <string>

// One import's rows of customers, contact persons and episodes; transactions are in import_run_sales.cpp.
namespace rapport::io {

namespace {

/** A created customer's name: the pattern with its "%1" replaced by the reference (which follows a pattern without). */
std::string nameOfCreatedCustomer(const std::string& pattern, const std::string& reference) {
    const auto at = pattern.find("%1");
    if (at == std::string::npos) {
        return pattern.empty() ? reference : pattern + ' ' + reference;
    }
    auto name = pattern;
    name.replace(at, 2, reference);
    return name;
}

} // namespace

ImportRun::ImportRun(storage::BulkWriter& writer, const FileLayout& layout, const ImportOptions& options,
                     ImportReport& report, LateReject lateReject)
    : m_writer(writer)
    , m_options(options)
    , m_report(report)
    , m_columns(layout, options.kind == ImportKind::VCard ? ImportKind::Customers : options.kind)
    , m_settings{layout.dateOrder.value_or(DateOrder::YearMonthDay), layout.decimalSeparator, core::Date::today()}
    , m_customers(m_columns, m_settings)
    , m_contacts(m_columns, m_settings)
    , m_episodes(m_columns, m_settings, options.kind == ImportKind::Transactions)
    , m_lateReject(std::move(lateReject)) {
    if (options.kind == ImportKind::Transactions) {
        m_saleLines.emplace(m_columns, m_settings, options.anonymousCustomerValues);
        m_assembler.emplace([this](const Sale& sale) { return storeSale(sale); }, layout.negativeAmounts > 0);
    }
}

void ImportRun::finish() {
    if (m_assembler) {
        m_assembler->finish();
        m_report.sales = m_assembler->sales();
        m_report.groupedLines = m_assembler->groupedLines();
        m_report.cancellations = m_assembler->cancellations();
        m_report.linkedCancellations = m_assembler->linkedCancellations() + m_linkedToTheBase;
    }
    m_created.forEach([this](core::CustomerId id, const CreatedCustomer& dates) {
        if (dates.earliest < dates.createdWith) {
            if (auto customer = m_writer.customer(id)) {
                customer->acquiredOn = dates.earliest;
                m_writer.updateCustomer(*customer);
            }
        }
    });
}

ImportRun::CreatedCustomer* ImportRun::createdByThisRun(core::CustomerId id) {
    return m_created.find(id);
}

void ImportRun::noteDate(CreatedCustomer* created, core::Date date) {
    if (created != nullptr && date < created->earliest) {
        created->earliest = date;
    }
}

std::vector<RowProblem> ImportRun::row(std::span<const std::string_view> fields, std::int64_t rowNumber,
                                       std::size_t line, std::string_view raw) {
    std::vector<RowProblem> problems;
    ProblemList list(m_columns, problems);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (!core::isCleanText(fields[i], true)) {
            list.add(columnField(i), fields[i], expect::kCleanText);
        }
    }
    if (!problems.empty()) {
        return problems;
    }
    switch (m_options.kind) {
    case ImportKind::Customers:
    case ImportKind::VCard:
        customerRow(fields, rowNumber, list);
        break;
    case ImportKind::ContactPersons:
        contactRow(fields, list);
        break;
    case ImportKind::Episodes:
        episodeRow(fields, list);
        break;
    case ImportKind::Transactions:
        saleRow(fields, rowNumber, line, raw, list);
        break;
    }
    return problems;
}

std::string ImportRun::columnField(std::size_t column) const {
    for (const auto& field : fieldsFor(m_options.kind)) {
        if (m_columns.column(field.name) == static_cast<int>(column)) {
            return std::string(field.name);
        }
    }
    return "column " + std::to_string(column + 1);
}

void ImportRun::noteDuplicate(core::CustomerId id, std::int64_t rowNumber, std::string_view how) {
    const auto [it, first] = m_rowOfCustomer.emplace(id, rowNumber);
    if (first) {
        return;
    }
    ++m_report.duplicateCount;
    if (m_report.duplicatesInFile.size() < ImportReport::kMaxListed) {
        m_report.duplicatesInFile.push_back("row " + std::to_string(rowNumber) +
                                            " describes the same customer as row " + std::to_string(it->second) + " (" +
                                            std::string(how) + ")");
    }
}

void ImportRun::customerRow(std::span<const std::string_view> fields, std::int64_t rowNumber, ProblemList& problems) {
    const auto parsed = m_customers.parse(fields, problems);
    if (!problems.empty()) {
        return;
    }
    std::string how;
    const auto match = matchCustomer(m_writer, parsed.customer, parsed.rapportId, "reference", how);
    if (!match) {
        auto created = CustomerRowParser::created(parsed, m_settings.today);
        const auto errors = core::validationErrors(created);
        if (!errors.empty()) {
            problems.addValidation(errors, fields);
            return;
        }
        const auto id = m_writer.addCustomer(created);
        m_rowOfCustomer.emplace(id, rowNumber);
        ++m_report.added;
        return;
    }
    noteDuplicate(*match, rowNumber, how);
    const auto existing = m_writer.customer(*match);
    auto updated = CustomerRowParser::merged(*existing, parsed, m_settings.today);
    if (updated == *existing) {
        ++m_report.unchanged;
        return;
    }
    const auto errors = core::validationErrors(updated);
    if (!errors.empty()) {
        problems.addValidation(errors, fields);
        return;
    }
    m_writer.updateCustomer(updated);
    ++m_report.updated;
}

std::optional<core::CustomerId> ImportRun::createCustomer(core::Customer created, std::string_view fileName,
                                                          core::Date firstSeen, std::string_view field,
                                                          const std::string& value, ProblemList& problems) {
    created.acquiredOn = firstSeen;
    // The file's name for them, where it gives one that is a valid name (an ERP's name can exceed the limit or
    // hold a line break): a name it cannot use leaves the default, never turns the row into a reject.
    if (!fileName.empty()) {
        auto named = created;
        named.displayName = std::string(fileName);
        if (core::validationErrors(named).empty()) {
            created = std::move(named);
        }
    }
    const auto errors = core::validationErrors(created);
    if (!errors.empty()) {
        problems.add(field, value, errors.front().message);
        return std::nullopt;
    }
    const auto id = m_writer.addCustomer(created);
    m_created[id] = CreatedCustomer{firstSeen, firstSeen};
    ++m_report.customersCreated;
    return id;
}

std::optional<core::CustomerId> ImportRun::resolveCustomer(const CustomerKey& key, core::Date firstSeen,
                                                           ProblemList& problems) {
    if (!key.externalRef.empty()) {
        if (const auto cached = m_refCache.find(key.externalRef)) {
            return cached;
        }
        auto id = m_writer.customerByExternalRef(key.externalRef);
        if (!id && m_options.createMissingCustomers) {
            core::Customer created;
            created.displayName = nameOfCreatedCustomer(m_options.createdCustomerName, key.externalRef);
            created.externalRef = key.externalRef;
            id = createCustomer(std::move(created), key.name, firstSeen, "customer_ref", key.externalRef, problems);
            if (!id) {
                return std::nullopt;
            }
        }
        if (id) {
            m_refCache.insert(key.externalRef, *id);
            return id;
        }
    } else if (key.rapportId) {
        if (m_writer.customer(*key.rapportId)) {
            return key.rapportId;
        }
    } else if (!key.email.empty()) {
        // A shop's order export names its buyers by e-mail alone (Shopify's "Email"): a missing buyer is created
        // with that address, which later rows and files then find.
        const auto normalized = core::normalizedEmail(key.email);
        if (const auto cached = m_emailCache.find(normalized); cached != m_emailCache.end()) {
            return cached->second;
        }
        auto id = m_writer.customerByEmail(key.email);
        if (!id && m_options.createMissingCustomers) {
            core::Customer created;
            created.displayName = key.email;
            created.emails.push_back({key.email, {}});
            id = createCustomer(std::move(created), key.name, firstSeen, "customer_email", key.email, problems);
            if (!id) {
                return std::nullopt;
            }
        }
        if (id) {
            m_emailCache.emplace(normalized, *id);
            return id;
        }
    }
    const auto field = !key.externalRef.empty() ? "customer_ref"
                       : key.rapportId          ? "rapport_customer_id"
                                                : "customer_email";
    const auto value = !key.externalRef.empty() ? key.externalRef
                       : key.rapportId          ? std::to_string(*key.rapportId)
                                                : key.email;
    // Creating helps only a reference or an address (a Rapport number names no customer that could be made), and
    // only when it was not already allowed.
    const bool canCreate = m_options.kind != ImportKind::ContactPersons && !m_options.createMissingCustomers &&
                           (!key.externalRef.empty() || !key.email.empty());
    problems.add(field, value, canCreate ? expect::kKnownCustomerOrCreate : expect::kKnownCustomer);
    return std::nullopt;
}

void ImportRun::contactRow(std::span<const std::string_view> fields, ProblemList& problems) {
    const auto key = readCustomerKey(m_columns, fields, problems);
    auto person = m_contacts.parse(fields, problems);
    if (!problems.empty()) {
        return;
    }
    const auto customerId = resolveCustomer(key, m_settings.today, problems);
    if (!customerId) {
        return;
    }
    person.customerId = *customerId;
    for (const auto& existing : m_writer.contactPersons(*customerId)) {
        const bool sameName = foldCase(existing.name) == foldCase(person.name);
        if (!sameName) {
            continue;
        }
        auto merged = existing;
        merged.role = person.role.empty() ? merged.role : person.role;
        merged.decisionMaker = person.decisionMaker || merged.decisionMaker;
        for (const auto& e : person.emails) {
            if (std::none_of(merged.emails.begin(), merged.emails.end(),
                             [&](const auto& p) { return foldCase(p.value) == foldCase(e.value); })) {
                merged.emails.push_back(e);
            }
        }
        for (const auto& ph : person.phones) {
            if (std::none_of(merged.phones.begin(), merged.phones.end(), [&](const auto& p) {
                    return core::phoneDigits(p.value) == core::phoneDigits(ph.value);
                })) {
                merged.phones.push_back(ph);
            }
        }
        merged.activeFrom = person.activeFrom ? person.activeFrom : merged.activeFrom;
        merged.activeTo = person.activeTo ? person.activeTo : merged.activeTo;
        merged.notes = person.notes.empty() ? merged.notes : person.notes;
        if (merged == existing) {
            ++m_report.unchanged;
            return;
        }
        const auto errors = core::validationErrors(merged);
        if (!errors.empty()) {
            problems.addValidation(errors, fields);
            return;
        }
        m_writer.updateContactPerson(merged);
        ++m_report.updated;
        return;
    }
    const auto errors = core::validationErrors(person);
    if (!errors.empty()) {
        problems.addValidation(errors, fields);
        return;
    }
    m_writer.addContactPerson(person);
    ++m_report.added;
}

void ImportRun::episodeRow(std::span<const std::string_view> fields, ProblemList& problems) {
    const auto key = readCustomerKey(m_columns, fields, problems);
    auto episode = m_episodes.parse(fields, problems);
    if (!problems.empty()) {
        return;
    }
    const auto customerId = resolveCustomer(key, episode.occurredOn, problems);
    if (!customerId) {
        return;
    }
    episode.customerId = *customerId;
    const auto errors = core::validationErrors(episode);
    if (!errors.empty()) {
        problems.addValidation(errors, fields);
        return;
    }
    auto* created = createdByThisRun(*customerId);
    if (created == nullptr && alreadyImported(episode)) {
        ++m_report.unchanged;
        return;
    }
    m_writer.addEpisode(episode);
    noteDate(created, episode.occurredOn);
    ++m_report.added;
}

bool ImportRun::alreadyImported(const core::Episode& e) {
    auto [known, inserted] = m_hasEarlier.try_emplace(e.customerId, false);
    if (inserted) {
        known->second = m_writer.hasEarlierEpisodes(e.customerId);
    }
    if (!known->second) {
        return false;
    }
    // The key holds every column countEarlierEpisodesLike compares, so the n-th like row of this file is
    // matched with the n-th like row stored: a second cancellation of one invoice is stored unlinked and
    // must not count against the linked first.
    const std::string key = std::to_string(e.customerId) + '|' + std::to_string(e.occurredOn.days()) + '|' +
                            std::string(core::toCode(e.kind)) + '|' + std::string(core::toCode(e.channel)) + '|' +
                            (e.revenue ? std::to_string(e.revenue->minor()) : "-") + '|' +
                            (e.margin ? std::to_string(e.margin->minor()) : "-") + '|' + std::to_string(e.lineCount) +
                            '|' + (e.cancels ? "c" : "-") + '|' + e.reference;
    auto& seen = m_occurrences[key];
    ++seen;
    return m_writer.countEarlierEpisodesLike(e) >= seen;
}

void recordProblems(ImportReport& report, std::vector<RowProblem>& problems, std::int64_t row, std::size_t line) {
    ++report.rejected;
    for (auto& p : problems) {
        p.row = row;
        p.line = line;
        ++report.problemCounts[ProblemKind{p.column, p.expected}];
        if (report.problems.size() < ImportReport::kMaxListed) {
            report.problems.push_back(p);
        }
    }
}

} // namespace rapport::io
