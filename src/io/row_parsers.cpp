#include "io/row_parsers.h"

#include "core/channel.h"
#include "core/validation.h"
#include "io/row_expectations.h"

#include <algorithm>
#include <array>

namespace rapport::io {

namespace {

constexpr std::size_t kShownValue = 60;

std::string shortened(std::string_view value) {
    if (value.size() <= kShownValue) {
        return std::string(value);
    }
    std::size_t cut = kShownValue;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) {
        --cut; // never cut inside a UTF-8 character
    }
    return std::string(value.substr(0, cut)) + "... (" + std::to_string(value.size()) + " bytes)";
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromWord(std::string_view text, const std::array<std::pair<std::string_view, Enum>, N>& words) {
    const auto folded = foldCase(text);
    if (auto code = core::fromCode<Enum>(folded)) {
        return code;
    }
    const auto key = headerKey(text);
    for (const auto& [word, value] : words) {
        if (word == key) {
            return value;
        }
    }
    return std::nullopt;
}

using core::Channel;
using core::EpisodeKind;

constexpr std::array<std::pair<std::string_view, core::CustomerKind>, 12> kCustomerKindWords{{
    {"individual", core::CustomerKind::Person},
    {"private", core::CustomerKind::Person},
    {"osoba", core::CustomerKind::Person},
    {"osobaprywatna", core::CustomerKind::Person},
    {"физлицо", core::CustomerKind::Person},
    {"privatperson", core::CustomerKind::Person},
    {"company", core::CustomerKind::Organisation},
    {"organization", core::CustomerKind::Organisation},
    {"firma", core::CustomerKind::Organisation},
    {"организация", core::CustomerKind::Organisation},
    {"організація", core::CustomerKind::Organisation},
    {"företag", core::CustomerKind::Organisation},
}};

constexpr std::array<std::pair<std::string_view, EpisodeKind>, 24> kEpisodeKindWords{{
    {"sale", EpisodeKind::Purchase},     {"order", EpisodeKind::Purchase},   {"zakup", EpisodeKind::Purchase},
    {"sprzedaż", EpisodeKind::Purchase}, {"покупка", EpisodeKind::Purchase}, {"продажа", EpisodeKind::Purchase},
    {"купівля", EpisodeKind::Purchase},  {"продаж", EpisodeKind::Purchase},  {"köp", EpisodeKind::Purchase},
    {"refund", EpisodeKind::Return},     {"zwrot", EpisodeKind::Return},     {"возврат", EpisodeKind::Return},
    {"повернення", EpisodeKind::Return}, {"retur", EpisodeKind::Return},     {"reklamacja", EpisodeKind::Complaint},
    {"жалоба", EpisodeKind::Complaint},  {"скарга", EpisodeKind::Complaint}, {"reklamation", EpisodeKind::Complaint},
    {"phonecall", EpisodeKind::Call},    {"звонок", EpisodeKind::Call},      {"дзвінок", EpisodeKind::Call},
    {"spotkanie", EpisodeKind::Meeting}, {"встреча", EpisodeKind::Meeting},  {"möte", EpisodeKind::Meeting},
}};

constexpr std::array<std::pair<std::string_view, Channel>, 16> kChannelWords{{
    {"store", Channel::PointOfSale},
    {"shop", Channel::PointOfSale},
    {"sklep", Channel::PointOfSale},
    {"магазин", Channel::PointOfSale},
    {"butik", Channel::PointOfSale},
    {"pos", Channel::PointOfSale},
    {"telefon", Channel::Phone},
    {"телефон", Channel::Phone},
    {"email", Channel::Email},
    {"web", Channel::WebForm},
    {"online", Channel::WebForm},
    {"internet", Channel::WebForm},
    {"www", Channel::WebForm},
    {"post", Channel::Mail},
    {"poczta", Channel::Mail},
    {"social", Channel::SocialNetwork},
}};

template <typename Enum> std::string expectedCodes() {
    return std::string(expect::kOneOf) + core::allCodes<Enum>();
}

} // namespace

std::vector<std::string> splitList(std::string_view text, std::string_view separators) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find_first_of(separators, start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const auto item = trimmed(text.substr(start, end - start));
        if (!item.empty()) {
            items.emplace_back(item);
        }
        start = end + 1;
    }
    return items;
}

ColumnIndex::ColumnIndex(const FileLayout& layout, ImportKind kind)
    : m_layout(layout) {
    for (const auto& field : fieldsFor(kind)) {
        const auto column = layout.mapping.columnOf(field.name);
        m_columns.emplace_back(std::string(field.name), column ? static_cast<int>(*column) : -1);
    }
}

int ColumnIndex::column(std::string_view field) const {
    for (const auto& [name, column] : m_columns) {
        if (name == field) {
            return column;
        }
    }
    return -1;
}

std::string ColumnIndex::headerOf(std::string_view field) const {
    // Validation names fields as "address.city" or "emails[1].label"; the file has "city" and "emails".
    if (field.starts_with("address.")) {
        field.remove_prefix(8);
    }
    field = field.substr(0, field.find('['));
    const auto c = column(field);
    if (c >= 0 && static_cast<std::size_t>(c) < m_layout.columns.size()) {
        return m_layout.columns[static_cast<std::size_t>(c)];
    }
    if (field == "display_name") { // made of first and last name
        for (const auto* part : {"first_name", "last_name", "legal_name"}) {
            if (const auto p = column(part); p >= 0) {
                return m_layout.columns[static_cast<std::size_t>(p)];
            }
        }
    }
    return std::string(field);
}

std::string_view ColumnIndex::value(std::span<const std::string_view> row, int column) const {
    if (column < 0 || static_cast<std::size_t>(column) >= row.size()) {
        return {};
    }
    return withoutFormulaGuard(trimmed(row[static_cast<std::size_t>(column)]));
}

std::string_view withoutFormulaGuard(std::string_view value) {
    // Exports (Rapport's and others') put an apostrophe before = + - @ so spreadsheets show text, not a formula.
    if (value.size() >= 2 && value.front() == '\'' &&
        std::string_view("=+-@\t\r").find(value[1]) != std::string_view::npos) {
        value.remove_prefix(1);
    }
    return value;
}

void ProblemList::add(std::string_view field, std::string_view value, std::string_view expected) {
    RowProblem problem;
    problem.column = m_columns.headerOf(field);
    problem.value = shortened(value);
    problem.expected = std::string(expected);
    m_out.push_back(std::move(problem));
}

void ProblemList::addValidation(const std::vector<core::FieldError>& errors, std::span<const std::string_view> row) {
    for (const auto& error : errors) {
        std::string_view field = error.field;
        if (field.starts_with("address.")) {
            field.remove_prefix(8);
        }
        field = field.substr(0, field.find('['));
        add(error.field, m_columns.value(row, m_columns.column(field)), expect::withoutQuotedValue(error.message));
    }
}

CustomerRowParser::CustomerRowParser(const ColumnIndex& columns, ParseSettings settings)
    : m_columns(columns)
    , m_settings(settings) {
}

ParsedCustomer CustomerRowParser::parse(std::span<const std::string_view> row, ProblemList& problems) const {
    ParsedCustomer parsed;
    auto& c = parsed.customer;
    const auto text = [&](std::string_view field) -> std::string_view {
        const auto value = m_columns.value(row, m_columns.column(field));
        if (!value.empty()) {
            parsed.present.emplace(field);
        }
        return value;
    };
    c.externalRef = text("external_ref");
    if (const auto id = text("rapport_id"); !id.empty()) {
        parsed.rapportId = parseInteger(id);
        if (!parsed.rapportId) {
            problems.add("rapport_id", id, expect::kWholeNumber);
        }
    }
    c.displayName = text("display_name");
    const auto first = text("first_name");
    const auto last = text("last_name");
    c.legalName = text("legal_name");
    if (c.displayName.empty()) {
        c.displayName = std::string(first) + (first.empty() || last.empty() ? "" : " ") + std::string(last);
        if (!c.displayName.empty()) {
            parsed.present.emplace("display_name");
        }
    }
    if (const auto kind = text("kind"); !kind.empty()) {
        if (const auto value = fromWord(kind, kCustomerKindWords)) {
            c.kind = *value;
        } else {
            problems.add("kind", kind, expectedCodes<core::CustomerKind>());
        }
    }
    if (const auto market = text("market"); !market.empty()) {
        if (const auto value = core::fromCode<core::Market>(foldCase(market))) {
            c.market = *value;
        } else {
            problems.add("market", market, expectedCodes<core::Market>());
        }
    }
    c.segment = text("segment");
    c.owner = text("owner");
    c.address.street = text("street");
    c.address.postcode = text("postcode");
    c.address.city = text("city");
    c.address.region = text("region");
    c.address.country = text("country");
    for (auto& email : splitList(text("emails"), ";,")) {
        c.emails.push_back({std::move(email), {}});
    }
    for (auto& phone : splitList(text("phones"), ";,")) {
        c.phones.push_back({std::move(phone), {}});
    }
    if (const auto date = text("acquired_on"); !date.empty()) {
        c.acquiredOn = parseDate(date, m_settings.dateOrder);
        if (!c.acquiredOn) {
            problems.add("acquired_on", date, expect::kDate);
        }
    }
    for (const auto* field : {"acquisition_channel", "preferred_channel"}) {
        if (const auto channel = text(field); !channel.empty()) {
            const auto value = fromWord(channel, kChannelWords);
            if (!value) {
                problems.add(field, channel, expectedCodes<Channel>());
            }
            (std::string_view(field) == "acquisition_channel" ? c.acquisitionChannel : c.preferredChannel) = value;
        }
    }
    if (const auto cost = text("acquisition_cost"); !cost.empty()) {
        if (const auto money = parseMoney(cost, m_settings.decimalSeparator)) {
            c.acquisitionCost = *money;
        } else {
            problems.add("acquisition_cost", cost, expect::kCost);
        }
    }
    c.tags = splitList(text("tags"), ";");
    if (const auto band = text("income_band"); !band.empty()) {
        c.incomeBand = core::fromCode<core::IncomeBand>(foldCase(band));
        if (!c.incomeBand) {
            problems.add("income_band", band, expectedCodes<core::IncomeBand>());
        }
    }
    if (const auto size = text("household_size"); !size.empty()) {
        const auto people = parseInteger(size);
        if (!people || *people < 1 || *people > 50) {
            problems.add("household_size", size, expect::kHouseholdSize);
        } else {
            c.householdSize = static_cast<int>(*people);
        }
    }
    for (const auto* field : {"consent_processing", "consent_marketing"}) {
        if (const auto consent = text(field); !consent.empty()) {
            const auto value = parseYesNo(consent);
            if (!value) {
                problems.add(field, consent, expect::kYesOrNo);
            }
            (std::string_view(field) == "consent_processing" ? parsed.consentProcessing : parsed.consentMarketing) =
                value;
        }
    }
    c.notes = text("notes");
    if (c.legalName.size() > 0 && !parsed.present.contains("kind")) {
        c.kind = core::CustomerKind::Organisation;
    }
    if (c.kind == core::CustomerKind::Organisation && !parsed.present.contains("market")) {
        c.market = core::Market::B2B;
    }
    return parsed;
}

namespace {

void appendConsent(core::Customer& c, core::ConsentPurpose purpose, std::optional<bool> given, core::Date today) {
    if (given && c.hasConsent(purpose) != *given) {
        c.consents.push_back({purpose, *given, today, "import"});
    }
}

void mergePoints(std::vector<core::ContactPoint>& into, const std::vector<core::ContactPoint>& from, bool email) {
    for (const auto& point : from) {
        const bool known = std::any_of(into.begin(), into.end(), [&](const core::ContactPoint& p) {
            return email ? foldCase(p.value) == foldCase(point.value)
                         : core::phoneDigits(p.value) == core::phoneDigits(point.value);
        });
        if (!known) {
            into.push_back(point);
        }
    }
}

} // namespace

core::Customer CustomerRowParser::merged(const core::Customer& existing, const ParsedCustomer& row, core::Date today) {
    core::Customer c = existing;
    const auto& n = row.customer;
    const auto has = [&](std::string_view field) { return row.present.contains(field); };
    if (has("external_ref")) {
        c.externalRef = n.externalRef;
    }
    if (has("display_name")) {
        c.displayName = n.displayName;
    }
    if (has("legal_name")) {
        c.legalName = n.legalName;
    }
    if (has("kind") || has("legal_name")) {
        c.kind = n.kind;
    }
    if (has("market") || (has("kind") && n.kind == core::CustomerKind::Organisation)) {
        c.market = n.market;
    }
    const auto copy = [&](std::string_view field, std::string& target, const std::string& value) {
        if (has(field)) {
            target = value;
        }
    };
    copy("segment", c.segment, n.segment);
    copy("owner", c.owner, n.owner);
    copy("street", c.address.street, n.address.street);
    copy("postcode", c.address.postcode, n.address.postcode);
    copy("city", c.address.city, n.address.city);
    copy("region", c.address.region, n.address.region);
    copy("country", c.address.country, n.address.country);
    copy("notes", c.notes, n.notes);
    mergePoints(c.emails, n.emails, true);
    mergePoints(c.phones, n.phones, false);
    if (has("acquired_on")) {
        c.acquiredOn = n.acquiredOn;
    }
    if (has("acquisition_channel")) {
        c.acquisitionChannel = n.acquisitionChannel;
    }
    if (has("acquisition_cost")) {
        c.acquisitionCost = n.acquisitionCost;
    }
    if (has("preferred_channel")) {
        c.preferredChannel = n.preferredChannel;
    }
    for (const auto& tag : n.tags) {
        if (std::find(c.tags.begin(), c.tags.end(), tag) == c.tags.end()) {
            c.tags.push_back(tag);
        }
    }
    if (has("income_band")) {
        c.incomeBand = n.incomeBand;
    }
    if (has("household_size")) {
        c.householdSize = n.householdSize;
    }
    appendConsent(c, core::ConsentPurpose::Processing, row.consentProcessing, today);
    appendConsent(c, core::ConsentPurpose::Marketing, row.consentMarketing, today);
    return c;
}

core::Customer CustomerRowParser::created(const ParsedCustomer& row, core::Date today) {
    core::Customer c = row.customer;
    if (c.displayName.empty() && !c.legalName.empty()) {
        c.displayName = c.legalName;
    }
    appendConsent(c, core::ConsentPurpose::Processing, row.consentProcessing, today);
    appendConsent(c, core::ConsentPurpose::Marketing, row.consentMarketing, today);
    return c;
}

std::string CustomerKey::describe() const {
    if (!externalRef.empty()) {
        return "reference " + externalRef;
    }
    if (rapportId) {
        return "Rapport id " + std::to_string(*rapportId);
    }
    return "e-mail " + email;
}

CustomerKey readCustomerKey(const ColumnIndex& columns, std::span<const std::string_view> row, ProblemList& problems) {
    CustomerKey key;
    key.externalRef = columns.value(row, columns.column("customer_ref"));
    if (const auto id = columns.value(row, columns.column("rapport_customer_id")); !id.empty()) {
        key.rapportId = parseInteger(id);
        if (!key.rapportId) {
            problems.add("rapport_customer_id", id, expect::kWholeNumber);
        }
    }
    key.email = columns.value(row, columns.column("customer_email"));
    key.name = columns.value(row, columns.column("customer_name"));
    if (key.empty()) {
        problems.add(columns.column("customer_ref") >= 0 ? "customer_ref" : "", "", expect::kCustomerKey);
    }
    return key;
}

ContactRowParser::ContactRowParser(const ColumnIndex& columns, ParseSettings settings)
    : m_columns(columns)
    , m_settings(settings) {
}

core::ContactPerson ContactRowParser::parse(std::span<const std::string_view> row, ProblemList& problems) const {
    core::ContactPerson p;
    const auto text = [&](std::string_view field) { return m_columns.value(row, m_columns.column(field)); };
    p.name = text("name");
    if (p.name.empty()) {
        const auto first = text("first_name");
        const auto last = text("last_name");
        p.name = std::string(first) + (first.empty() || last.empty() ? "" : " ") + std::string(last);
    }
    p.role = text("role");
    if (const auto flag = text("decision_maker"); !flag.empty()) {
        const auto value = parseYesNo(flag);
        if (!value) {
            problems.add("decision_maker", flag, expect::kYesOrNo);
        }
        p.decisionMaker = value.value_or(false);
    }
    for (auto& email : splitList(text("emails"), ";,")) {
        p.emails.push_back({std::move(email), {}});
    }
    for (auto& phone : splitList(text("phones"), ";,")) {
        p.phones.push_back({std::move(phone), {}});
    }
    for (const auto* field : {"active_from", "active_to"}) {
        if (const auto date = text(field); !date.empty()) {
            const auto value = parseDate(date, m_settings.dateOrder);
            if (!value) {
                problems.add(field, date, expect::kDate);
            }
            (std::string_view(field) == "active_from" ? p.activeFrom : p.activeTo) = value;
        }
    }
    p.notes = text("notes");
    return p;
}

EpisodeRowParser::EpisodeRowParser(const ColumnIndex& columns, ParseSettings settings, bool transactions)
    : m_columns(columns)
    , m_settings(settings)
    , m_transactions(transactions)
    , m_date(columns.column("occurred_on"))
    , m_kind(columns.column("kind"))
    , m_channel(columns.column("channel"))
    , m_revenue(columns.column("revenue"))
    , m_margin(columns.column("margin"))
    , m_satisfaction(columns.column("satisfaction"))
    , m_critical(columns.column("critical"))
    , m_owner(columns.column("owner"))
    , m_followUpOn(columns.column("follow_up_on"))
    , m_followUpDone(columns.column("follow_up_done"))
    , m_notes(columns.column("notes")) {
}

core::Episode EpisodeRowParser::parse(std::span<const std::string_view> row, ProblemList& problems) const {
    core::Episode e;
    const auto text = [&](int column) { return m_columns.value(row, column); };
    const auto date = text(m_date);
    if (const auto parsed = parseDate(date, m_settings.dateOrder)) {
        e.occurredOn = *parsed;
    } else {
        problems.add("occurred_on", date, expect::kDate);
    }
    const auto money = [&](int column, std::string_view field) -> std::optional<core::Money> {
        const auto value = text(column);
        if (value.empty()) {
            return std::nullopt;
        }
        auto amount = parseMoney(value, m_settings.decimalSeparator);
        if (!amount) {
            problems.add(field, value, expect::kAmountTwoDecimals);
        }
        return amount;
    };
    e.revenue = money(m_revenue, "revenue");
    e.margin = money(m_margin, "margin");
    if (m_transactions) {
        e.kind = e.revenue && e.revenue->minor() < 0 ? EpisodeKind::Return : EpisodeKind::Purchase;
        if (!e.revenue && text(m_revenue).empty()) {
            problems.add("revenue", "", expect::kTransactionAmount);
        }
    } else {
        const auto kind = text(m_kind);
        if (const auto value = fromWord(kind, kEpisodeKindWords)) {
            e.kind = *value;
        } else {
            problems.add("kind", kind, expectedCodes<EpisodeKind>());
        }
    }
    if (const auto channel = text(m_channel); !channel.empty()) {
        if (const auto value = fromWord(channel, kChannelWords)) {
            e.channel = *value;
        } else {
            problems.add("channel", channel, expectedCodes<Channel>());
        }
    }
    if (const auto satisfaction = text(m_satisfaction); !satisfaction.empty()) {
        const auto value = parseInteger(satisfaction);
        if (!value || *value < core::kMinSatisfaction || *value > core::kMaxSatisfaction) {
            problems.add("satisfaction", satisfaction, expect::kSatisfaction);
        } else {
            e.satisfaction = static_cast<int>(*value);
        }
    }
    const auto flag = [&](int column, std::string_view field) {
        const auto value = text(column);
        const auto parsed = parseYesNo(value);
        if (!parsed) {
            problems.add(field, value, expect::kYesOrNo);
        }
        return parsed.value_or(false);
    };
    e.critical = flag(m_critical, "critical");
    e.followUpDone = flag(m_followUpDone, "follow_up_done");
    e.owner = text(m_owner);
    e.notes = text(m_notes);
    if (const auto followUp = text(m_followUpOn); !followUp.empty()) {
        e.followUpOn = parseDate(followUp, m_settings.dateOrder);
        if (!e.followUpOn) {
            problems.add("follow_up_on", followUp, expect::kDate);
        }
    }
    return e;
}

SaleLineParser::SaleLineParser(const ColumnIndex& columns, ParseSettings settings,
                               std::vector<std::string> anonymousValues)
    : m_columns(columns)
    , m_settings(settings)
    , m_ref(columns.column("customer_ref"))
    , m_rapportId(columns.column("rapport_customer_id"))
    , m_email(columns.column("customer_email"))
    , m_name(columns.column("customer_name"))
    , m_date(columns.column("occurred_on"))
    , m_invoice(columns.column("invoice"))
    , m_revenue(columns.column("revenue"))
    , m_gross(columns.column("gross_amount"))
    , m_quantity(columns.column("quantity"))
    , m_unitPrice(columns.column("unit_price"))
    , m_discount(columns.column("discount"))
    , m_cancels(columns.column("cancels"))
    , m_margin(columns.column("margin"))
    , m_channel(columns.column("channel"))
    , m_notes(columns.column("notes")) {
    for (const auto& value : anonymousValues) {
        m_anonymousValues.push_back(foldCase(trimmed(value)));
        const auto length = m_anonymousValues.back().size();
        m_anonymousLengths.resize(std::max(m_anonymousLengths.size(), length + 1), false);
        m_anonymousLengths[length] = true;
    }
}

bool SaleLineParser::isPlaceholder(std::string_view value) const {
    // Folding keeps the length in bytes, so a value of a length no placeholder has is none, and is not folded:
    // this runs for every row of a file of millions.
    if (value.size() >= m_anonymousLengths.size() || !m_anonymousLengths[value.size()]) {
        return false;
    }
    const auto folded = foldCase(value);
    return std::find(m_anonymousValues.begin(), m_anonymousValues.end(), folded) != m_anonymousValues.end();
}

std::optional<core::Money> SaleLineParser::amount(std::span<const std::string_view> row, ProblemList& problems,
                                                  bool& rounded) const {
    const auto text = [&](int column) { return m_columns.value(row, column); };
    const auto exact = [&](int column, std::string_view field,
                           std::string_view expected) -> std::optional<ExactDecimal> {
        const auto value = text(column);
        auto parsed = parseExactDecimal(value, m_settings.decimalSeparator);
        if (!parsed) {
            problems.add(field, value, expected);
        }
        return parsed;
    };
    std::optional<ExactDecimal> total;
    if (!text(m_revenue).empty()) {
        total = exact(m_revenue, "revenue", expect::kAmount);
    } else if (!text(m_unitPrice).empty()) {
        const auto price = exact(m_unitPrice, "unit_price", expect::kUnitPrice);
        auto quantity = std::optional<ExactDecimal>(ExactDecimal{1, 0});
        if (!text(m_quantity).empty()) {
            quantity = exact(m_quantity, "quantity", expect::kQuantity);
        }
        if (!price || !quantity) {
            return std::nullopt;
        }
        total = multiply(*quantity, *price);
        if (const auto discount = text(m_discount); total && !discount.empty()) {
            const bool percent = discount.ends_with('%');
            auto off = parseExactDecimal(percent ? trimmed(discount.substr(0, discount.size() - 1)) : discount,
                                         m_settings.decimalSeparator);
            if (!off) {
                problems.add("discount", discount, expect::kDiscount);
                return std::nullopt;
            }
            off->units = off->units < 0 ? -off->units : off->units;
            if (percent) {
                off = multiply(*total, ExactDecimal{off->units, off->scale + 2});
            } else if (total->negative()) {
                off->units = -off->units; // a cancelled line gives its discount back too
            }
            total = off ? subtract(*total, *off) : std::nullopt;
        }
        if (!total) {
            problems.add("unit_price", text(m_unitPrice), expect::kAmountInRange);
            return std::nullopt;
        }
    } else if (!text(m_gross).empty()) {
        total = exact(m_gross, "gross_amount", expect::kAmount);
    } else {
        problems.add(m_revenue >= 0 ? "revenue" : "unit_price", "", expect::kSaleAmount);
        return std::nullopt;
    }
    if (!total) {
        return std::nullopt;
    }
    const auto money = roundHalfEven(*total);
    if (!money) {
        problems.add("revenue", text(m_revenue), expect::kAmountInRange);
        return std::nullopt;
    }
    rounded = rounded || money->rounded;
    return money->money;
}

SaleLineParser::Parsed SaleLineParser::parse(std::span<const std::string_view> row, ProblemList& problems) const {
    Parsed parsed;
    auto& line = parsed.line;
    const auto text = [&](int column) { return m_columns.value(row, column); };
    const auto ref = text(m_ref);
    const auto rapportId = text(m_rapportId);
    const auto email = text(m_email);
    if (!ref.empty() && !isPlaceholder(ref)) {
        line.customer = std::string(ref);
    } else if (!rapportId.empty() && !isPlaceholder(rapportId)) {
        if (!parseInteger(rapportId)) {
            problems.add("rapport_customer_id", rapportId, expect::kWholeNumber);
        }
        line.customer = "rapport:" + std::string(rapportId);
    } else if (!email.empty() && !isPlaceholder(email)) {
        // Folded, so "Anna.Nowak@Example.pl" and "anna.nowak@example.pl" are one buyer in ltv's sums too.
        line.customer = "email:" + core::normalizedEmail(email);
    } else {
        line.placeholder = std::string(!ref.empty() ? ref : !rapportId.empty() ? rapportId : email);
    }
    if (!line.customer.empty()) {
        line.customerName = std::string(text(m_name));
    }
    const auto date = text(m_date);
    if (const auto value = parseDate(date, m_settings.dateOrder)) {
        line.date = *value;
    } else {
        problems.add("occurred_on", date, expect::kDate);
    }
    if (const auto value = amount(row, problems, parsed.rounded)) {
        line.amount = *value;
    }
    if (const auto margin = text(m_margin); !margin.empty()) {
        const auto exact = parseExactDecimal(margin, m_settings.decimalSeparator);
        const auto money = exact ? roundHalfEven(*exact) : std::nullopt;
        if (!money) {
            problems.add("margin", margin, expect::kMargin);
        } else {
            line.margin = money->money;
            parsed.rounded = parsed.rounded || money->rounded;
        }
    }
    if (const auto channel = text(m_channel); !channel.empty()) {
        if (const auto value = fromWord(channel, kChannelWords)) {
            line.channel = *value;
        } else {
            problems.add("channel", channel, expectedCodes<Channel>());
        }
    }
    line.invoice = std::string(text(m_invoice));
    line.cancels = std::string(text(m_cancels));
    line.notes = std::string(text(m_notes));
    return parsed;
}

} // namespace rapport::io
