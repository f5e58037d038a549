#include "io/field_mapping.h"

#include "io/value_parsers.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <stdexcept>

namespace rapport::io {

namespace {

using Names = std::string_view;

// Header names per field, already folded and without separators. English, Polish, Russian, Ukrainian, Swedish.
constexpr Names kExternalRef[] = {"externalref", "id",        "ref",        "reference",    "customerid",
                                  "clientid",    "idklienta", "nrklienta",  "numerklienta", "kundnummer",
                                  "kundnr",      "kundid",    "кодклиента", "номерклиента", "кодклієнта"};
constexpr Names kRapportId[] = {"rapportid"};
constexpr Names kDisplayName[] = {"displayname", "name",   "fullname",      "customer", "customername", "client",
                                  "nazwa",       "klient", "imięinazwisko", "имя",      "клиент",       "фио",
                                  "клієнт",      "піб",    "namn",          "kund"};
constexpr Names kFirstName[] = {"firstname", "givenname", "imię", "imie", "förnamn", "fornamn"};
constexpr Names kLastName[] = {"lastname", "surname", "familyname", "nazwisko", "фамилия", "прізвище", "efternamn"};
constexpr Names kLegalName[] = {"legalname",  "company",  "companyname", "firma",
                                "nazwafirmy", "компания", "компанія",    "företag"};
constexpr Names kKind[] = {"kind", "type", "typklienta", "kundtyp"};
constexpr Names kMarket[] = {"market", "rynek"};
constexpr Names kSegment[] = {"segment", "сегмент", "kundsegment", "grupa", "group"};
constexpr Names kOwner[] = {"owner",    "accountmanager", "salesmanager", "opiekun",
                            "менеджер", "ответственный",  "säljare"};
constexpr Names kStreet[] = {"street", "address", "ulica", "adres", "адрес", "адреса", "gatuadress"};
constexpr Names kPostcode[] = {"postcode", "postalcode",     "zip",    "zipcode",        "kodpocztowy",
                               "индекс",   "почтовыйиндекс", "індекс", "поштовийіндекс", "postnummer"};
constexpr Names kCity[] = {"city", "town", "miasto", "miejscowość", "город", "місто", "ort", "stad"};
constexpr Names kRegion[] = {"region", "state", "province", "województwo", "область", "län"};
constexpr Names kCountry[] = {"country", "kraj", "страна", "країна", "land"};
constexpr Names kEmail[] = {"email", "emails",           "emailaddress", "mail", "adresemail",
                            "почта", "электроннаяпочта", "епошта",       "epost"};
constexpr Names kPhone[] = {"phone",      "phones",  "telephone", "tel",       "mobile",     "telefon",
                            "nrtelefonu", "телефон", "мобильный", "мобільний", "mobilnummer"};
constexpr Names kAcquiredOn[] = {"acquiredon",     "customersince",   "since",          "klientod",
                                 "datapozyskania", "датарегистрации", "датареєстрації", "kundsedan"};
constexpr Names kAcquisitionChannel[] = {"acquisitionchannel", "source"};
constexpr Names kAcquisitionCost[] = {"acquisitioncost", "kosztpozyskania"};
constexpr Names kPreferredChannel[] = {"preferredchannel"};
constexpr Names kTags[] = {"tags", "tag", "interests", "tagi", "теги", "мітки", "taggar"};
constexpr Names kIncomeBand[] = {"incomeband"};
constexpr Names kHouseholdSize[] = {"householdsize"};
constexpr Names kConsentProcessing[] = {"consentprocessing", "zgodaprzetwarzanie"};
constexpr Names kConsentMarketing[] = {"consentmarketing", "zgodamarketingowa", "newsletter"};
constexpr Names kNotes[] = {"notes",   "note",       "comment",     "comments", "uwagi",
                            "notatki", "примечание", "комментарий", "примітка", "anteckningar"};

constexpr Names kCustomerRef[] = {"customerref",    "customerexternalref",
                                  "customer",       "customerid",
                                  "customerno",     "customernumber",
                                  "customercode",   "clientid",
                                  "buyer",          "buyerid",
                                  "klient",         "idklienta",
                                  "nrklienta",      "kodklienta",
                                  "kontrahent",     "nabywca",
                                  "kodkontrahenta", "idkontrahenta",
                                  "клиент",         "кодклиента",
                                  "покупатель",     "контрагент",
                                  "кодконтрагента", "клієнт",
                                  "кодклієнта",     "покупець",
                                  "kund",           "kundnummer",
                                  "kundnr",         "kundid",
                                  "köpare"};
constexpr Names kCustomerRapportId[] = {"rapportcustomerid"};
// The customer's name beside their key in an order or ERP export: Shopify's "Billing Name", an ERP's "Nazwa
// kontrahenta". Read only to name a customer the import creates; an existing customer's name is never changed.
// Rapport's own episodes export writes "customer_name" too; read back, it names no one (its rows carry the Rapport
// number, which never creates a customer). Ukrainian spells "ім'я" with any of three apostrophes.
constexpr Names kCustomerName[] = {"customername",
                                   "customer'sname",
                                   "billingname",
                                   "clientname",
                                   "buyername",
                                   "nazwaklienta",
                                   "nazwakontrahenta",
                                   "nazwanabywcy",
                                   "имяклиента",
                                   "наименованиеклиента",
                                   "наименованиеконтрагента",
                                   "імяклієнта",
                                   "ім'яклієнта",
                                   "ім’яклієнта",
                                   "імʼяклієнта",
                                   "назваклієнта",
                                   "найменуванняклієнта",
                                   "назваконтрагента",
                                   "kundnamn",
                                   "kundensnamn"};
constexpr Names kCustomerEmail[] = {"customeremail", "emailklienta", "kundepost"};
// In a sales or episode file without a customer column a bare "Email" is the buyer's (Shopify's orders export
// names buyers so); beside a customer column it may be anything, and a guest's address must not turn an anonymous
// sale into a customer (mapByHeader drops it then). In a contact persons file it is the person's own.
constexpr Names kBareEmail[] = {"email", "emailaddress", "adresemail", "электроннаяпочта", "епошта", "epost"};
constexpr Names kBuyerEmail[] = {"customeremail", "emailklienta",     "kundepost", "email", "emailaddress",
                                 "adresemail",    "электроннаяпочта", "епошта",    "epost"};
constexpr Names kPersonName[] = {"name",          "contactperson",  "person", "fullname",       "osobakontaktowa",
                                 "imięinazwisko", "контактноелицо", "фио",    "контактнаособа", "kontaktperson"};
constexpr Names kRole[] = {"role", "position", "title", "stanowisko", "должность", "befattning"};
constexpr Names kDecisionMaker[] = {"decisionmaker", "decyzyjny"};
constexpr Names kActiveFrom[] = {"activefrom", "from"};
constexpr Names kActiveTo[] = {"activeto", "to"};
constexpr Names kDate[] = {"occurredon",
                           "date",
                           "data",
                           "дата",
                           "datum",
                           "orderdate",
                           "purchasedate",
                           "invoicedate",
                           "documentdate",
                           "transactiondate",
                           "saledate",
                           "salesdate",
                           "datazakupu",
                           "datafaktury",
                           "datawystawienia",
                           "datasprzedaży",
                           "datadokumentu",
                           "datazamówienia",
                           "датапокупки",
                           "датадокумента",
                           "датазаказа",
                           "датапродажи",
                           "датапродажу",
                           "датарахунку",
                           "датазамовлення",
                           "köpdatum",
                           "fakturadatum",
                           "orderdatum",
                           "försäljningsdatum"};
constexpr Names kEpisodeKind[] = {"kind", "type", "rodzaj", "тип", "typ"};
constexpr Names kChannel[] = {"channel", "kanał", "канал", "kanal"};
// The line's or invoice's net value: what the sale brought in before tax. Gross values are a fallback.
constexpr Names kAmount[] = {"amount",     "revenue", "value",       "total",       "linetotal",    "netvalue",
                             "netamount",  "net",     "sales",       "kwota",       "wartość",      "wartośćnetto",
                             "kwotanetto", "netto",   "сумма",       "суммабезндс", "сума",         "сумабезпдв",
                             "belopp",     "summa",   "nettobelopp", "radsumma",    "totalexclvat", "subtotal"};
constexpr Names kGrossAmount[] = {"grossvalue", "grossamount", "totalinclvat", "wartośćbrutto", "kwotabrutto",
                                  "brutto",     "суммасндс",   "сумаспдв",     "bruttobelopp",  "totalinklmoms"};
constexpr Names kQuantity[] = {"quantity",   "qty",   "units",     "ilość", "ilosc",    "liczba",
                               "количество", "колво", "кількість", "antal", "kvantitet"};
constexpr Names kUnitPrice[] = {"unitprice", "price",         "priceperunit", "cenajednostkowa", "cena",  "cenanetto",
                                "цена",      "ценазаединицу", "ціна",         "ціназаодиницю",   "apris", "àpris",
                                "styckpris", "pris"};
constexpr Names kDiscount[] = {"discount", "rabat", "upust", "скидка", "знижка", "rabatt"};
constexpr Names kInvoice[] = {
    "invoice",        "invoiceno",       "invoicenumber",  "invoiceid",    "orderid",     "orderno",   "ordernumber",
    "documentno",     "documentnumber",  "receiptno",      "numerfaktury", "nrfaktury",   "faktura",   "nrdokumentu",
    "numerdokumentu", "nrzamówienia",    "номердокумента", "номерзаказа",  "номерсчета",  "номерчека", "номерфактури",
    "номеррахунку",   "номерзамовлення", "fakturanummer",  "fakturanr",    "ordernummer", "ordernr",   "kvittonummer"};
constexpr Names kCancels[] = {"cancels",           "cancelsinvoice",     "originalinvoice",      "correctedinvoice",
                              "fakturakorygowana", "dokumentkorygowany", "сторнируемыйдокумент", "kreditfakturaför"};
constexpr Names kMargin[] = {"margin", "marża",   "маржа",    "profit",          "marginal", "grossprofit",
                             "zysk",   "прибыль", "прибуток", "täckningsbidrag", "vinst"};
constexpr Names kSatisfaction[] = {"satisfaction", "zadowolenie", "nöjdhet"};
constexpr Names kCritical[] = {"critical"};
constexpr Names kFollowUpOn[] = {"followupon", "followup"};
constexpr Names kFollowUpDone[] = {"followupdone"};
// Columns Rapport's own exports write that an import recomputes instead of reading.
constexpr Names kComputed[] = {"revenuetotal", "margintotal", "purchases", "lastcontacton", "rapportid"};

// A customers export's running totals: computed from the episodes, so read back as nothing.
constexpr Names kCustomerComputed[] = {"revenue",       "margin",       "purchases",
                                       "lastcontacton", "revenuetotal", "margintotal"};

constexpr std::array kCustomerFields{
    FieldSpec{"external_ref", "the customer's identity in the system the file comes from", kExternalRef},
    FieldSpec{"rapport_id", "Rapport's customer number (from a Rapport export)", kRapportId},
    FieldSpec{"display_name", "the name shown in lists", kDisplayName},
    FieldSpec{"first_name", "a first name, joined with the last name when there is no display name", kFirstName},
    FieldSpec{"last_name", "a last name", kLastName},
    FieldSpec{"legal_name", "the registered company name", kLegalName},
    FieldSpec{"kind", "person, household or organisation", kKind},
    FieldSpec{"market", "b2c or b2b", kMarket},
    FieldSpec{"segment", "a segment name", kSegment},
    FieldSpec{"owner", "the responsible sales manager", kOwner},
    FieldSpec{"street", "street and number", kStreet},
    FieldSpec{"postcode", "a postcode, kept as text", kPostcode},
    FieldSpec{"city", "a city", kCity},
    FieldSpec{"region", "a region", kRegion},
    FieldSpec{"country", "a country", kCountry},
    FieldSpec{"emails", "e-mail addresses separated by ; or ,", kEmail},
    FieldSpec{"phones", "phone numbers separated by ;", kPhone},
    FieldSpec{"acquired_on", "the date the customer was won", kAcquiredOn},
    FieldSpec{"acquisition_channel", "a channel code", kAcquisitionChannel},
    FieldSpec{"acquisition_cost", "an amount of money", kAcquisitionCost},
    FieldSpec{"preferred_channel", "a channel code", kPreferredChannel},
    FieldSpec{"tags", "tags separated by ;", kTags},
    FieldSpec{"income_band", "low, lower_middle, middle, upper_middle or high", kIncomeBand},
    FieldSpec{"household_size", "a whole number of people", kHouseholdSize},
    FieldSpec{"consent_processing", "yes or no", kConsentProcessing},
    FieldSpec{"consent_marketing", "yes or no", kConsentMarketing},
    FieldSpec{"notes", "free text", kNotes},
    FieldSpec{"ignore", "computed by Rapport", kCustomerComputed},
};

constexpr std::array kContactFields{
    FieldSpec{"customer_ref", "the customer's external reference", kCustomerRef},
    FieldSpec{"rapport_customer_id", "Rapport's customer number", kCustomerRapportId},
    FieldSpec{"customer_email", "an e-mail address of the customer", kCustomerEmail},
    FieldSpec{"name", "the contact person's name", kPersonName},
    FieldSpec{"first_name", "a first name", kFirstName},
    FieldSpec{"last_name", "a last name", kLastName},
    FieldSpec{"role", "the role or position", kRole},
    FieldSpec{"decision_maker", "yes or no", kDecisionMaker},
    FieldSpec{"emails", "e-mail addresses separated by ;", kEmail},
    FieldSpec{"phones", "phone numbers separated by ;", kPhone},
    FieldSpec{"active_from", "a date", kActiveFrom},
    FieldSpec{"active_to", "a date", kActiveTo},
    FieldSpec{"notes", "free text", kNotes},
};

constexpr std::array kEpisodeFields{
    FieldSpec{"customer_ref", "the customer's external reference", kCustomerRef},
    FieldSpec{"rapport_customer_id", "Rapport's customer number", kCustomerRapportId},
    FieldSpec{"customer_email", "an e-mail address of the customer", kBuyerEmail},
    FieldSpec{"customer_name", "the customer's name, for a customer the import creates", kCustomerName},
    FieldSpec{"occurred_on", "the date of the episode", kDate},
    FieldSpec{"kind", "purchase, return, complaint, call, meeting, ...", kEpisodeKind},
    FieldSpec{"channel", "point_of_sale, phone, email, ...", kChannel},
    FieldSpec{"revenue", "an amount of money", kAmount},
    FieldSpec{"margin", "an amount of money", kMargin},
    FieldSpec{"satisfaction", "a whole number from -2 to 2", kSatisfaction},
    FieldSpec{"critical", "yes or no", kCritical},
    FieldSpec{"owner", "who handled it", kOwner},
    FieldSpec{"follow_up_on", "a date", kFollowUpOn},
    FieldSpec{"follow_up_done", "yes or no", kFollowUpDone},
    FieldSpec{"notes", "free text", kNotes},
    FieldSpec{"ignore", "computed by Rapport", kComputed},
};

constexpr std::array kTransactionFields{
    FieldSpec{"customer_ref",
              "the customer's identity in the shop or ERP; placeholders such as (blank) or guest "
              "make an anonymous sale",
              kCustomerRef},
    FieldSpec{"rapport_customer_id", "Rapport's customer number", kCustomerRapportId},
    FieldSpec{"customer_email", "an e-mail address of the customer", kBuyerEmail},
    FieldSpec{"customer_name", "the customer's name, for a customer the import creates", kCustomerName},
    FieldSpec{"occurred_on", "the date of the purchase (a time after it is ignored)", kDate},
    FieldSpec{"invoice", "the invoice or order number: its lines become one purchase", kInvoice},
    FieldSpec{"revenue", "the line's or invoice's net amount; negative for a return or cancellation", kAmount},
    FieldSpec{"gross_amount", "the amount including tax, used when there is no net amount", kGrossAmount},
    FieldSpec{"quantity", "how many units; amount = quantity x unit price when there is no amount", kQuantity},
    FieldSpec{"unit_price", "the price of one unit, any number of decimals", kUnitPrice},
    FieldSpec{"discount", "an amount taken off the line, or a percentage such as 10%", kDiscount},
    FieldSpec{"cancels", "the invoice number a cancellation or correction cancels", kCancels},
    FieldSpec{"margin", "an amount of money", kMargin},
    FieldSpec{"channel", "point_of_sale, phone, email, ...", kChannel},
    FieldSpec{"notes", "free text", kNotes},
    FieldSpec{"ignore", "computed by Rapport", kComputed},
};

} // namespace

std::span<const FieldSpec> fieldsFor(ImportKind kind) {
    switch (kind) {
    case ImportKind::Customers:
    case ImportKind::VCard:
        return kCustomerFields;
    case ImportKind::ContactPersons:
        return kContactFields;
    case ImportKind::Episodes:
        return kEpisodeFields;
    case ImportKind::Transactions:
        return kTransactionFields;
    }
    return {};
}

const FieldSpec* findField(ImportKind kind, std::string_view name) {
    for (const auto& field : fieldsFor(kind)) {
        if (field.name == name) {
            return &field;
        }
    }
    return nullptr;
}

std::optional<std::size_t> ColumnMapping::columnOf(std::string_view field) const {
    for (std::size_t i = 0; i < fieldOfColumn.size(); ++i) {
        if (fieldOfColumn[i] && *fieldOfColumn[i] == field) {
            return i;
        }
    }
    return std::nullopt;
}

std::string headerKey(std::string_view header) {
    std::string key;
    for (const char c : foldCase(trimmed(header))) {
        if (c != ' ' && c != '_' && c != '-' && c != '.' && c != '/' && c != '(' && c != ')' && c != ':') {
            key += c;
        }
    }
    return key;
}

bool isComputedColumn(ImportKind kind, std::string_view header) {
    const auto* ignore = findField(kind, "ignore");
    const auto key = headerKey(header);
    return ignore != nullptr && std::find(ignore->names.begin(), ignore->names.end(), key) != ignore->names.end();
}

namespace {

std::optional<std::size_t> columnNamed(std::span<const std::string> header, std::string_view key) {
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (headerKey(header[i]) == key) {
            return i;
        }
    }
    return std::nullopt;
}

/**
 * Shopify's orders export has a row per line item: the order's number in "Name", its totals ("Subtotal",
 * "Total") on the first line only, and each line's "Lineitem quantity", "Lineitem price" and "Lineitem
 * discount", and the order's time in "Created at". A sale is then the sum of its lines, as for an invoice
 * export; the order-level total would be counted beside them or leave the other lines without an amount. A file
 * that already has an invoice column is not Shopify's, whatever else it holds.
 */
void adaptToShopifyOrders(std::span<const std::string> header, ColumnMapping& mapping) {
    const auto quantity = columnNamed(header, "lineitemquantity");
    const auto price = columnNamed(header, "lineitemprice");
    const auto order = columnNamed(header, "name");
    if (!quantity || !price || !order || mapping.columnOf("invoice")) {
        return;
    }
    const auto assign = [&mapping](std::optional<std::size_t> column, std::string_view field) {
        if (const auto previous = mapping.columnOf(field)) {
            mapping.fieldOfColumn[*previous].reset();
        }
        if (column) {
            mapping.fieldOfColumn[*column] = std::string(field);
        }
    };
    assign(order, "invoice");
    if (!mapping.columnOf("occurred_on")) {
        assign(columnNamed(header, "createdat"), "occurred_on"); // the order's time; "Paid at" is empty if unpaid
    }
    assign(quantity, "quantity");
    assign(price, "unit_price");
    assign(columnNamed(header, "lineitemdiscount"), "discount");
    if (const auto revenue = mapping.columnOf("revenue")) {
        mapping.fieldOfColumn[*revenue].reset();
    }
    if (const auto gross = mapping.columnOf("gross_amount")) {
        mapping.fieldOfColumn[*gross].reset();
    }
}

} // namespace

ColumnMapping mapByHeader(ImportKind kind, std::span<const std::string> header) {
    ColumnMapping mapping;
    mapping.fieldOfColumn.resize(header.size());
    const auto fields = fieldsFor(kind);
    for (std::size_t column = 0; column < header.size(); ++column) {
        const auto key = headerKey(header[column]);
        for (const auto& field : fields) {
            const bool exact = headerKey(field.name) == key;
            const bool named = std::find(field.names.begin(), field.names.end(), key) != field.names.end();
            const bool repeatable = field.name == "ignore";
            if ((exact || named) && (repeatable || !mapping.columnOf(field.name))) {
                if (!repeatable) {
                    mapping.fieldOfColumn[column] = std::string(field.name);
                }
                break;
            }
        }
    }
    if (kind == ImportKind::Transactions) {
        adaptToShopifyOrders(header, mapping);
    }
    if (const auto email = mapping.columnOf("customer_email"); email && mapping.columnOf("customer_ref")) {
        const auto key = headerKey(header[*email]);
        if (std::find(std::begin(kBareEmail), std::end(kBareEmail), key) != std::end(kBareEmail)) {
            mapping.fieldOfColumn[*email].reset();
        }
    }
    return mapping;
}

namespace {

void requireField(ImportKind kind, const std::string& field) {
    if (findField(kind, field)) {
        return;
    }
    std::string known;
    for (const auto& f : fieldsFor(kind)) {
        known += (known.empty() ? "" : ", ") + std::string(f.name);
    }
    throw std::invalid_argument("\"" + field + "\" is not a field of " + std::string(core::toCode(kind)) +
                                "; expected one of: " + known);
}

} // namespace

std::optional<std::size_t> columnNumberOf(std::string_view column, std::size_t width) {
    const auto number = parseInteger(column);
    if (number && *number >= 1 && static_cast<std::size_t>(*number) <= width) {
        return static_cast<std::size_t>(*number - 1);
    }
    return std::nullopt;
}

void applyFieldOfEveryColumn(ImportKind kind, std::span<const std::string> fields, ColumnMapping& mapping) {
    assert(fields.size() == mapping.fieldOfColumn.size());
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i] == "ignore") {
            mapping.fieldOfColumn[i].reset();
            continue;
        }
        requireField(kind, fields[i]);
        for (std::size_t j = 0; j < i; ++j) {
            if (fields[j] == fields[i]) {
                throw std::invalid_argument("columns " + std::to_string(j + 1) + " and " + std::to_string(i + 1) +
                                            " both fill \"" + fields[i] + "\"");
            }
        }
        mapping.fieldOfColumn[i] = fields[i];
    }
}

void applyCorrections(ImportKind kind, std::span<const std::string> header,
                      const std::map<std::string, std::string>& corrections, ColumnMapping& mapping) {
    for (const auto& [column, field] : corrections) {
        std::optional<std::size_t> index;
        for (std::size_t i = 0; i < header.size() && !index; ++i) {
            if (header[i] == column || headerKey(header[i]) == headerKey(column)) {
                index = i;
            }
        }
        if (!index) {
            index = columnNumberOf(column, header.size());
        }
        if (!index) {
            throw std::invalid_argument("the file has no column \"" + column + "\"");
        }
        if (field == "ignore") {
            mapping.fieldOfColumn[*index].reset();
            continue;
        }
        requireField(kind, field);
        // A field fills from one column: the correction takes it from wherever the header put it.
        if (const auto previous = mapping.columnOf(field)) {
            mapping.fieldOfColumn[*previous].reset();
        }
        mapping.fieldOfColumn[*index] = field;
    }
}

} // namespace rapport::io
