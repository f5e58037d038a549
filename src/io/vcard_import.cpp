#include "io/vcard_import.h"

#include "core/validation.h"
#include "io/customer_matching.h"
#include "io/rejects_file.h"
#include "io/row_expectations.h"
#include "io/row_parsers.h"
#include "io/source_text.h"
#include "io/value_parsers.h"
#include "io/vcard_writer.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace rapport::io {

namespace {

bool has(const std::vector<std::string>& types, std::string_view type) {
    return std::find(types.begin(), types.end(), type) != types.end();
}

std::string joinedWords(std::initializer_list<std::string_view> words) {
    std::string out;
    for (const auto word : words) {
        if (!word.empty()) {
            out += (out.empty() ? "" : " ") + std::string(word);
        }
    }
    return out;
}

std::vector<core::ContactPoint> points(const std::vector<VCardValue>& values, bool phones) {
    std::vector<core::ContactPoint> out;
    for (const auto& v : values) {
        out.push_back({v.value, phones ? phoneLabel(v.types) : placeLabel(v.types)});
    }
    return out;
}

std::string addressLine(const VCardAddress& a) {
    std::string line;
    for (const auto& part : {a.street, joinedWords({a.postcode, a.city}), a.region, a.country}) {
        if (!part.empty()) {
            line += (line.empty() ? "" : ", ") + part;
        }
    }
    return line;
}

std::string labelled(std::string_view what, std::string_view label, std::string_view text) {
    return std::string(what) + (label.empty() ? "" : " (" + std::string(label) + ")") + ": " + std::string(text);
}

void addLine(std::string& notes, const std::string& line) {
    notes += (notes.empty() ? "" : "\n") + line;
}

core::Address addressOf(const VCardAddress& a) {
    return {a.street, a.postcode, a.city, a.region, a.country};
}

/**
 * Addresses into a customer: the first fills the address, the others become labelled lines of `notes`.
 * `keep` says which addresses belong here (a person at an organisation keeps home addresses for themself).
 */
template <typename Keep>
void placeAddresses(const std::vector<VCardAddress>& addresses, Keep keep, core::Address& address, std::string& notes) {
    bool first = true;
    for (const auto& a : addresses) {
        if (!keep(a)) {
            continue;
        }
        if (first) {
            address = addressOf(a);
            first = false;
        } else {
            addLine(notes, labelled("Address", placeLabel(a.types), addressLine(a)));
        }
    }
}

void addUrls(const std::vector<VCardValue>& urls, std::string& notes) {
    for (const auto& url : urls) {
        addLine(notes, labelled("Web", placeLabel(url.types), url.value));
    }
}

bool sameText(std::string_view a, std::string_view b) {
    return foldCase(a) == foldCase(b);
}

/** Lines of `from` that `into` lacks, appended: merging notes twice changes nothing. */
void mergeLines(std::string& into, const std::string& from) {
    std::size_t start = 0;
    while (start < from.size()) {
        auto end = from.find('\n', start);
        if (end == std::string::npos) {
            end = from.size();
        }
        const auto line = from.substr(start, end - start);
        if (!line.empty() && ("\n" + into + "\n").find("\n" + line + "\n") == std::string::npos) {
            addLine(into, line);
        }
        start = end + 1;
    }
}

void mergePoints(std::vector<core::ContactPoint>& into, const std::vector<core::ContactPoint>& from, bool email) {
    for (const auto& point : from) {
        const bool known = std::any_of(into.begin(), into.end(), [&](const core::ContactPoint& p) {
            return email ? sameText(p.value, point.value)
                         : core::phoneDigits(p.value) == core::phoneDigits(point.value);
        });
        if (!known) {
            into.push_back(point);
        }
    }
}

/** An organisation found by name takes what it lacks from the card, nothing it has: cards never fight over it. */
core::Customer filled(const core::Customer& existing, const core::Customer& card) {
    auto c = existing;
    if (c.address == core::Address{}) {
        c.address = card.address;
    }
    if (c.legalName.empty()) {
        c.legalName = card.legalName;
    }
    if (c.externalRef.empty() && !card.externalRef.empty()) {
        c.externalRef = card.externalRef;
    }
    mergePoints(c.emails, card.emails, true);
    mergePoints(c.phones, card.phones, false);
    for (const auto& tag : card.tags) {
        if (std::find(c.tags.begin(), c.tags.end(), tag) == c.tags.end()) {
            c.tags.push_back(tag);
        }
    }
    mergeLines(c.notes, card.notes);
    return c;
}

/** The vCard property a core validation field came from, for messages. */
std::string propertyOf(std::string_view field) {
    field = field.substr(0, field.find('['));
    static const std::map<std::string_view, std::string_view> kProperties{
        {"display_name", "FN"},      {"legal_name", "ORG"},   {"name", "FN"},
        {"role", "TITLE"},           {"emails", "EMAIL"},     {"phones", "TEL"},
        {"notes", "NOTE"},           {"external_ref", "UID"}, {"tags", "CATEGORIES"},
        {"market", "ORG"},           {"kind", "KIND"},        {"address.street", "ADR"},
        {"address.postcode", "ADR"}, {"address.city", "ADR"}, {"address.region", "ADR"},
        {"address.country", "ADR"}};
    const auto found = kProperties.find(field);
    return found == kProperties.end() ? std::string(field) : std::string(found->second);
}

void addValidation(std::vector<RowProblem>& out, const std::vector<core::FieldError>& errors,
                   const std::vector<core::ContactPoint>& emails, const std::vector<core::ContactPoint>& phones,
                   std::string_view who) {
    for (const auto& error : errors) {
        RowProblem problem;
        problem.column = std::string(who) + propertyOf(error.field);
        const auto index = [&](std::string_view list) -> std::optional<std::size_t> {
            if (!error.field.starts_with(std::string(list) + "[")) {
                return std::nullopt;
            }
            const auto digits = std::string_view(error.field).substr(list.size() + 1);
            const auto number = parseInteger(digits.substr(0, digits.find(']')));
            return number ? std::optional<std::size_t>(static_cast<std::size_t>(*number)) : std::nullopt;
        };
        if (const auto i = index("emails"); i && *i < emails.size()) {
            problem.value = emails[*i].value;
        } else if (const auto k = index("phones"); k && *k < phones.size()) {
            problem.value = phones[*k].value;
        }
        problem.expected = expect::withoutQuotedValue(error.message);
        out.push_back(std::move(problem));
    }
}

/** A rejected card for the rejects file: its problem as an escaped, folded X-RAPPORT-IMPORT-PROBLEM property. */
std::string rejectedCard(std::string_view raw, const std::string& reason) {
    // The reason is a TEXT value: escaped and folded, so a line break in it never breaks the card.
    const auto end = raw.rfind("END:");
    // A card from an earlier rejects file drops its old problem (and the lines it was folded onto).
    std::string body;
    bool oldProblem = false;
    for (std::size_t start = 0; start < std::min(end, raw.size());) {
        auto next = raw.find('\n', start);
        next = next == std::string_view::npos || next >= end ? std::min(end, raw.size()) : next + 1;
        const auto line = raw.substr(start, next - start);
        const bool continuation = line.starts_with(' ') || line.starts_with('\t');
        oldProblem = continuation ? oldProblem : line.starts_with("X-RAPPORT-IMPORT-PROBLEM");
        if (!oldProblem) {
            body += line;
        }
        start = next;
    }
    if (!body.empty() && body.back() != '\n') { // a card cut short may end without a line break
        body += "\r\n";
    }
    return body + vcardLine("X-RAPPORT-IMPORT-PROBLEM", vcardText(reason)) +
           std::string(end == std::string_view::npos ? std::string_view("END:VCARD") : raw.substr(end)) + "\r\n";
}

/** Whether anything but the name can find the card's customer again: a UID, an e-mail, a phone. */
bool hasIdentity(const VCardContact& contact) {
    const auto& c = contact.customer;
    return !c.externalRef.empty() || contact.rapportId || !c.emails.empty() || !c.phones.empty();
}

/** Organisations and people are found by name apart: "Berg" the shop is not Berg the person. */
std::string nameKey(bool organisation, std::string_view name) {
    return (organisation ? "o:" : "p:") + foldCase(name);
}

/**
 * The names a card's customer may be found by: an organisation's display and legal name; a person's name only
 * when nothing else identifies the card (otherwise two people of one name would become one).
 */
std::vector<std::string> namesToMatch(const VCardContact& contact) {
    const auto& c = contact.customer;
    if (c.kind == core::CustomerKind::Organisation) {
        return {c.displayName, c.legalName};
    }
    if (!contact.person && !hasIdentity(contact)) {
        return {c.displayName};
    }
    return {};
}

/** Customers already in the base by the names the cards will look for, read before the batch begins. */
std::unordered_map<std::string, core::CustomerId> existingByName(storage::Repository& repository,
                                                                 const std::vector<VCardContact>& contacts) {
    std::unordered_map<std::string, core::CustomerId> byName;
    std::set<std::string> asked;
    for (const auto& contact : contacts) {
        if (!contact.problem.empty()) {
            continue;
        }
        const bool organisation = contact.customer.kind == core::CustomerKind::Organisation;
        for (const auto& name : namesToMatch(contact)) {
            const auto key = nameKey(organisation, name);
            if (name.empty() || !asked.insert(key).second) {
                continue;
            }
            storage::CustomerPageRequest request;
            request.filter.search = name;
            if (organisation) {
                request.filter.kind = core::CustomerKind::Organisation;
            }
            request.filter.archive = storage::ArchiveFilter::All;
            request.sort = storage::CustomerSort::Id;
            request.limit = 50;
            for (const auto& row : repository.customerPage(request).rows) {
                const auto stored = repository.customer(row.id);
                if (!stored || (stored->kind == core::CustomerKind::Organisation) != organisation) {
                    continue;
                }
                if (nameKey(organisation, stored->displayName) == key ||
                    (organisation && nameKey(organisation, stored->legalName) == key)) {
                    byName.emplace(key, row.id);
                }
            }
        }
    }
    return byName;
}

/** Imports cards one by one into a batch, counting each customer and contact person once. */
class VCardRun {
public:
    VCardRun(storage::BulkWriter& writer, std::unordered_map<std::string, core::CustomerId> byName,
             ImportReport& report)
        : m_writer(writer)
        , m_byName(std::move(byName))
        , m_report(report) {}

    std::vector<RowProblem> card(const VCardContact& contact, std::int64_t number) {
        std::vector<RowProblem> problems;
        if (!contact.problem.empty()) {
            problems.push_back({0, 0, {}, {}, contact.problem});
            return problems;
        }
        const auto& incoming = contact.customer;
        std::string how;
        auto match = contact.person ? std::nullopt : matchByIdentity(contact, how);
        const bool byIdentity = match.has_value();
        if (!match) {
            match = customerNamed(contact);
        }
        core::Customer target;
        if (!match) {
            target = incoming;
        } else {
            const auto existing = m_writer.customer(*match);
            target = byIdentity ? CustomerRowParser::merged(*existing, parsedOf(incoming), core::Date())
                                : filled(*existing, incoming);
        }
        addValidation(problems, core::validationErrors(target), target.emails, target.phones, "");
        std::optional<core::ContactPerson> person;
        if (contact.person) {
            person = personFor(*contact.person, match);
            auto checked = *person;
            checked.customerId = checked.customerId == 0 ? 1 : checked.customerId; // not written yet
            addValidation(problems, core::validationErrors(checked), checked.emails, checked.phones, "contact person ");
        }
        if (!problems.empty()) {
            return problems;
        }

        // Everything is valid: write.
        core::CustomerId id = 0;
        if (!match) {
            id = m_writer.addCustomer(target);
            note(m_customers, id, Outcome::Added);
        } else {
            id = *match;
            const auto existing = m_writer.customer(id);
            if (target == *existing) {
                note(m_customers, id, Outcome::Unchanged);
            } else {
                m_writer.updateCustomer(target);
                note(m_customers, id, Outcome::Updated);
            }
        }
        if (byIdentity) {
            noteDuplicate(id, number, how);
        } else {
            m_cardOfCustomer.emplace(id, number);
        }
        const bool organisation = target.kind == core::CustomerKind::Organisation;
        for (const auto* name : {&target.displayName, &target.legalName}) {
            if (!name->empty() && (organisation || name == &target.displayName)) {
                m_byName.emplace(nameKey(organisation, *name), id);
            }
        }
        if (person) {
            person->customerId = id;
            if (person->id == 0) {
                note(m_people, m_writer.addContactPerson(*person), Outcome::Added);
            } else if (m_unchangedPerson) {
                note(m_people, person->id, Outcome::Unchanged);
            } else {
                m_writer.updateContactPerson(*person);
                note(m_people, person->id, Outcome::Updated);
            }
        }
        return problems;
    }

    /** Each customer and contact person counted once, by the most that happened to it. */
    void count() {
        for (const auto& [id, outcome] : m_customers) {
            ++(outcome == Outcome::Added     ? m_report.added
               : outcome == Outcome::Updated ? m_report.updated
                                             : m_report.unchanged);
        }
        for (const auto& [id, outcome] : m_people) {
            ++(outcome == Outcome::Added     ? m_report.contactPersonsAdded
               : outcome == Outcome::Updated ? m_report.contactPersonsUpdated
                                             : m_report.contactPersonsUnchanged);
        }
    }

private:
    enum class Outcome { Unchanged, Updated, Added };

    static void note(std::map<std::int64_t, Outcome>& outcomes, std::int64_t id, Outcome outcome) {
        const auto [it, inserted] = outcomes.emplace(id, outcome);
        if (!inserted && outcome > it->second) {
            it->second = outcome;
        }
    }

    /** As a customers CSV row matches: reference (the UID), Rapport id with the same name, e-mail, phone. */
    std::optional<core::CustomerId> matchByIdentity(const VCardContact& contact, std::string& how) {
        return matchCustomer(m_writer, contact.customer, contact.rapportId, "UID", how);
    }

    std::optional<core::CustomerId> customerNamed(const VCardContact& contact) {
        const bool organisation = contact.customer.kind == core::CustomerKind::Organisation;
        for (const auto& name : namesToMatch(contact)) {
            if (const auto found = m_byName.find(nameKey(organisation, name));
                !name.empty() && found != m_byName.end()) {
                return found->second;
            }
        }
        return std::nullopt;
    }

    /** The card's value of every field it filled, as CustomerRowParser::merged reads a row. */
    static ParsedCustomer parsedOf(const core::Customer& c) {
        ParsedCustomer parsed;
        parsed.customer = c;
        const auto mark = [&](std::string_view field, bool filled) {
            if (filled) {
                parsed.present.emplace(field);
            }
        };
        mark("external_ref", !c.externalRef.empty());
        mark("display_name", !c.displayName.empty());
        mark("legal_name", !c.legalName.empty());
        mark("market", c.kind == core::CustomerKind::Organisation);
        for (const auto* field : {"street", "postcode", "city", "region", "country"}) {
            mark(field, !(c.address == core::Address{})); // the card's address replaces the whole address
        }
        mark("notes", !c.notes.empty());
        return parsed;
    }

    /** The contact person as stored after this card: an existing one of the same name merged, or a new one. */
    core::ContactPerson personFor(const core::ContactPerson& card, std::optional<core::CustomerId> organisation) {
        m_unchangedPerson = false;
        if (organisation) {
            for (const auto& existing : m_writer.contactPersons(*organisation)) {
                if (!sameText(existing.name, card.name)) {
                    continue;
                }
                auto merged = existing;
                merged.role = card.role.empty() ? merged.role : card.role;
                mergePoints(merged.emails, card.emails, true);
                mergePoints(merged.phones, card.phones, false);
                merged.notes = card.notes.empty() ? merged.notes : card.notes;
                m_unchangedPerson = merged == existing;
                return merged;
            }
        }
        auto person = card;
        person.customerId = organisation.value_or(0);
        return person;
    }

    void noteDuplicate(core::CustomerId id, std::int64_t number, std::string_view how) {
        const auto [it, first] = m_cardOfCustomer.emplace(id, number);
        if (first) {
            return;
        }
        ++m_report.duplicateCount;
        if (m_report.duplicatesInFile.size() < ImportReport::kMaxListed) {
            m_report.duplicatesInFile.push_back("card " + std::to_string(number) +
                                                " describes the same customer as card " + std::to_string(it->second) +
                                                " (" + std::string(how) + ")");
        }
    }

    storage::BulkWriter& m_writer;
    std::unordered_map<std::string, core::CustomerId> m_byName; // nameKey() -> customer
    ImportReport& m_report;
    std::map<std::int64_t, Outcome> m_customers;
    std::map<std::int64_t, Outcome> m_people;
    std::unordered_map<core::CustomerId, std::int64_t> m_cardOfCustomer;
    bool m_unchangedPerson = false;
};

void recordProblems(ImportReport& report, std::vector<RowProblem>& problems, std::int64_t card, std::size_t line) {
    ++report.rejected;
    for (auto& p : problems) {
        p.row = card;
        p.line = line;
        ++report.problemCounts[ProblemKind{p.column, p.expected}];
        if (report.problems.size() < ImportReport::kMaxListed) {
            report.problems.push_back(p);
        }
    }
}

} // namespace

std::string phoneLabel(const std::vector<std::string>& types) {
    const std::string_view place = has(types, "work") ? "work" : has(types, "home") ? "home" : "";
    std::string_view kind;
    if (has(types, "fax")) {
        kind = "fax"; // a fax is a fax, whatever else the card says
    } else if (has(types, "cell") || has(types, "mobile") || has(types, "iphone")) {
        kind = "mobile";
    } else if (has(types, "pager")) {
        kind = "pager";
    } else if (has(types, "textphone")) {
        kind = "textphone";
    } else if (has(types, "video")) {
        kind = "video";
    } else if (has(types, "car")) {
        kind = "car";
    } else if (has(types, "main")) {
        kind = "main";
    }
    auto label = joinedWords({place, kind});
    return label.empty() && has(types, "other") ? "other" : label;
}

std::string placeLabel(const std::vector<std::string>& types) {
    return has(types, "work") ? "work" : has(types, "home") ? "home" : has(types, "other") ? "other" : "";
}

VCardContact contactOf(const VCardEntry& card) {
    VCardContact out;
    const auto& org = card.organisation;
    const auto& fn = card.formattedName;
    const auto structured = joinedWords({card.givenName, card.familyName});
    const bool fnIsPerson = !fn.empty() && !sameText(fn, org);
    std::string personName;
    std::string organisation;
    if (card.organisationCard) {
        organisation = org.empty() ? fn : org;
        personName = structured; // FN names the organisation here; N, when given, a person at it
    } else {
        organisation = org;
        personName = fnIsPerson ? fn : structured;
    }
    if (organisation.empty() && personName.empty()) {
        out.problem = expect::kCardName;
        return out;
    }

    auto& c = out.customer;
    const auto emails = points(card.emails, false);
    const auto phones = points(card.phones, true);
    if (!organisation.empty()) {
        c.kind = core::CustomerKind::Organisation;
        c.market = core::Market::B2B;
        c.legalName = organisation;
        c.displayName = card.organisationCard && !fn.empty() ? fn : organisation;
    } else {
        c.displayName = personName;
    }
    c.tags = card.categories;
    if (!organisation.empty() && !personName.empty()) {
        // A person at an organisation: the organisation gets the addresses that are not the person's home, the
        // person everything else that is theirs.
        core::ContactPerson person;
        person.name = personName;
        const auto role = card.role.empty() || sameText(card.role, card.title) ? std::string() : card.role;
        person.role = card.title.empty() ? role : card.title + (role.empty() ? "" : ", " + role);
        person.emails = emails;
        person.phones = phones;
        person.notes = card.note;
        const auto home = [](const VCardAddress& a) { return has(a.types, "home"); };
        placeAddresses(
            card.addresses, [&](const VCardAddress& a) { return !home(a); }, c.address, c.notes);
        for (const auto& a : card.addresses) {
            if (home(a)) {
                addLine(person.notes, labelled("Address", placeLabel(a.types), addressLine(a)));
            }
        }
        addUrls(card.urls, person.notes);
        out.person = std::move(person);
        return out;
    }
    // One customer holds everything; the UID is its reference (or, written by Rapport, its id).
    if (const auto id = rapportIdOfUid(card.uid); id > 0) {
        out.rapportId = id;
    } else {
        c.externalRef = card.uid;
    }
    c.emails = emails;
    c.phones = phones;
    c.notes = card.note;
    placeAddresses(
        card.addresses, [](const VCardAddress&) { return true; }, c.address, c.notes);
    addUrls(card.urls, c.notes);
    return out;
}

FileLayout vcardLayout(std::string_view text, const EncodingGuess& encoding) {
    FileLayout layout;
    layout.encoding = encoding;
    layout.vcard = true;
    layout.dateOrder = DateOrder::YearMonthDay; // a vCard brings no dates Rapport reads
    layout.header = false;
    layout.cards = static_cast<std::int64_t>(parseVCards(text).size());
    return layout;
}

ImportReport importVCardFile(storage::Repository& repository, const std::string& path, const ImportOptions& options) {
    ImportReport report;
    report.layout = inspectFile(path, options);
    SourceText source(path);
    const auto text = source.utf8(report.layout.encoding);
    const auto cards = parseVCards(text);
    if (cards.empty()) {
        throw ImportError(ImportStop::NoCards, path, path + ": holds no vCard (BEGIN:VCARD ... END:VCARD)");
    }
    report.layout.cards = static_cast<std::int64_t>(cards.size());
    std::vector<VCardContact> contacts;
    contacts.reserve(cards.size());
    for (const auto& card : cards) {
        contacts.push_back(card.error.empty() ? contactOf(card) : VCardContact{{}, {}, {}, card.error});
    }
    // Read before the batch: on a team database the batch holds the connection until it commits.
    auto byName = existingByName(repository, contacts);

    auto writer = repository.beginBulk({});
    VCardRun run(*writer, std::move(byName), report);
    RejectsFile rejects(options.dryRun ? std::string() : options.rejectsPath); // a dry run writes nothing
    ImportProgress progress;
    progress.bytesTotal = text.size();
    for (std::size_t i = 0; i < cards.size(); ++i) {
        ++report.rows;
        auto problems = run.card(contacts[i], report.rows);
        if (!problems.empty()) {
            recordProblems(report, problems, report.rows, cards[i].line);
            std::string reason;
            for (const auto& p : problems) {
                reason += (reason.empty() ? "" : "; ") + describeCardProblem(p);
            }
            rejects.addText(rejectedCard(cards[i].raw, reason));
        }
        if (options.progress && report.rows % 4096 == 0) {
            progress.rows = report.rows;
            progress.bytesRead = static_cast<std::size_t>(cards[i].raw.data() - text.data());
            if (!options.progress(progress)) {
                throw ImportCancelled();
            }
        }
    }
    if (options.progress) {
        progress.rows = report.rows;
        progress.bytesRead = text.size();
        if (!options.progress(progress)) {
            throw ImportCancelled();
        }
    }
    run.count();
    report.rejectsPath = rejects.finish();
    if (!options.dryRun) {
        writer->commit();
        report.written = true;
    }
    return report;
}

std::string describeCardProblem(const RowProblem& problem) {
    std::string text = "card " + std::to_string(problem.row) + " (line " + std::to_string(problem.line) + ")";
    if (!problem.column.empty()) {
        text += ", " + problem.column;
    }
    if (!problem.value.empty()) {
        text += " \"" + oneLine(problem.value) + "\"";
    }
    return text + ": " + oneLine(problem.expected);
}

} // namespace rapport::io
