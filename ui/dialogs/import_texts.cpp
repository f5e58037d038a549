#include "dialogs/import_texts.h"

#include "core/episode.h"
#include "core/money.h"
#include "formatting.h"
#include "i18n/domain_terms.h"
#include "io/row_expectations.h"
#include "io/vcard.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <limits>
#include <utility>
#include <vector>

namespace rapport::ui {

namespace {

struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::ImportText)
};

// The fields' labels by their codes (the codes stay what saved mappings and rapport-cli use).
constexpr std::pair<std::string_view, const char*> kFieldLabels[] = {
    {"external_ref", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "External reference")},
    {"rapport_id", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Rapport customer number")},
    {"display_name", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Name")},
    {"first_name", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "First name")},
    {"last_name", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Last name")},
    {"legal_name", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Legal name")},
    {"kind", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Kind")},
    {"market", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Market")},
    {"segment", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Segment")},
    {"owner", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Owner")},
    {"street", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Street")},
    {"postcode", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Postcode")},
    {"city", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "City")},
    {"region", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Region")},
    {"country", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Country")},
    {"emails", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "E-mail addresses")},
    {"phones", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Phone numbers")},
    {"acquired_on", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Acquired on")},
    {"acquisition_channel", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Acquired via")},
    {"acquisition_cost", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Acquisition cost")},
    {"preferred_channel", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Preferred channel")},
    {"tags", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Tags")},
    {"income_band", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Income band")},
    {"household_size", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Household size")},
    {"consent_processing", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Consent to processing")},
    {"consent_marketing", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Consent to marketing")},
    {"notes", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Notes")},
    {"ignore", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Ignored")},
    {"customer_ref", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Customer's external reference")},
    {"rapport_customer_id", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Rapport customer number")},
    {"customer_email", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Customer's e-mail")},
    {"customer_name", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Customer's name")},
    {"name", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Name")},
    {"role", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Role")},
    {"decision_maker", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Decides on purchases")},
    {"active_from", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Active from")},
    {"active_to", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Active until")},
    {"occurred_on", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Date")},
    {"channel", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Channel")},
    {"revenue", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Amount")},
    {"margin", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Margin")},
    {"satisfaction", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Satisfaction")},
    {"critical", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Critical")},
    {"follow_up_on", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Follow-up")},
    {"follow_up_done", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Follow-up done")},
    {"invoice", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Invoice number")},
    {"gross_amount", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Gross amount")},
    {"quantity", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Quantity")},
    {"unit_price", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Unit price")},
    {"discount", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Discount")},
    {"cancels", QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Cancels invoice")},
};

// What each field expects, as src/io/field_mapping.cpp words it: the English is the key. A description changed
// there without a change here shows in English; ImportFieldTexts (tests/ui) catches that.
constexpr const char* kFieldDescriptions[] = {
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "the customer's identity in the system the file comes from"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Rapport's customer number (from a Rapport export)"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "the name shown in lists"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields",
                      "a first name, joined with the last name when there is no display name"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "a last name"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "the registered company name"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "person, household or organisation"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "b2c or b2b"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "a segment name"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "the responsible sales manager"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "street and number"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "a postcode, kept as text"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "a city"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "a region"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "a country"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "e-mail addresses separated by ; or ,"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "phone numbers separated by ;"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "the date the customer was won"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "a channel code"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "an amount of money"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "tags separated by ;"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "low, lower_middle, middle, upper_middle or high"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "a whole number of people"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "yes or no"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "free text"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "computed by Rapport"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "the customer's external reference"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "Rapport's customer number"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "an e-mail address of the customer"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "the customer's name, for a customer the import creates"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "the contact person's name"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "a first name"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "the role or position"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "e-mail addresses separated by ;"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "a date"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "the date of the episode"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "purchase, return, complaint, call, meeting, ..."),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "point_of_sale, phone, email, ..."),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "a whole number from -2 to 2"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "who handled it"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields",
                      "the customer's identity in the shop or ERP; placeholders such as (blank) or guest make an "
                      "anonymous sale"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "the date of the purchase (a time after it is ignored)"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "the invoice or order number: its lines become one purchase"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields",
                      "the line's or invoice's net amount; negative for a return or cancellation"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "the amount including tax, used when there is no net amount"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields",
                      "how many units; amount = quantity x unit price when there is no amount"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "the price of one unit, any number of decimals"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "an amount taken off the line, or a percentage such as 10%"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportFields", "the invoice number a cancellation or correction cancels"),
};

// What a rejected row's column was expected to hold (io/row_expectations.h: the same English, once each).
constexpr const char* kRowExpectations[] = {
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "UTF-8 text without control characters (NUL, ...)"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "a whole number"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "a date such as 2024-03-07 or 07.03.2024"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "an amount such as 120.50 (at most two decimals)"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "a whole number of people from 1 to 50"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "yes or no"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "the customer: a reference, a Rapport id or an e-mail address"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "an amount such as 120.50 or 120,50 (at most two decimals)"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "an amount: a transaction needs one"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "a whole number from -2 to 2"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "an amount such as 120.50 or 120,50"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "a price such as 4.85 or 4,8533"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "a number of units such as 3, -2 or 1.5"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "an amount such as 5.00, or a percentage such as 10%"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "an amount small enough to hold"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems",
                      "an amount: a sale needs one (an amount, or a quantity and a unit price)"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "an amount such as 12.50 or 12,50"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "no customer in the base has it (import the customers first)"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "no customer in the base has it (import the customers first, "
                                                     "or allow creating missing customers)"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "a name (FN, N or ORG): the card names nobody"),
};

// The core's checks of a whole record (validationErrors in src/core), as a rejected row states them: without the
// value the core quotes, which the row shows beside the column (io::expect::withoutQuotedValue). The dialog names
// the column, so these say only what the value must be.
constexpr const char* kRecordChecks[] = {
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "is required"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "must be valid UTF-8 text without control characters"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "must be valid UTF-8 on one line, without control characters"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "an organisation is a B2B customer (expected b2b)"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "applies to people and households, not organisations"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "must be between 1 and 50 people"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "must not be negative"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "must not be empty"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "is listed twice"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems",
                      "is required: which consent text the customer agreed to or withdrew"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "is not an e-mail address (expected name@domain.tld)"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems",
                      "is not a phone number (expected 3 to 20 digits with spaces, + - ( ) . /)"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "is required for a purchase"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems",
                      "must not be negative for a purchase (record refunds as a return)"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems",
                      "is required for a return (the refunded amount, as a negative number)"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "must be zero or negative for a return: it is money given back"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "needs the revenue it is part of"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "must be between -2 (very dissatisfied) and +2 (delighted)"),
    QT_TRANSLATE_NOOP("rapport::ui::ImportProblems", "needs a follow-up date"),
};

/**
 * A reason that quotes a number, a date or a code in its sentence (a check of the core, or the shape of a row or
 * card that rapport_io could not read), and how the dialog says it.
 */
struct ReasonWithValues {
    const char* pattern; // the English, anchored, the quoted parts captured
    QString (*say)(const QRegularExpressionMatch& quoted);
};

/** A delimiter as rapport_io names it ("tab", or the character itself), in the user's words. */
QString delimiterTerm(const QString& name) {
    return name == QLatin1String("tab") ? ImportText::tr("tab", "the delimiter of a tab-separated file")
                                        : QStringLiteral("“%1”").arg(name);
}

QString episodeKindTerm(const QString& code) {
    const auto kind = core::fromCode<core::EpisodeKind>(code.toStdString());
    return kind ? i18n::term(*kind).toLower() : code;
}

const ReasonWithValues kReasonsWithValues[] = {
    {"^must be at most (\\d+) bytes long$",
     [](const QRegularExpressionMatch& m) {
         return ImportText::tr("at most %1 bytes (letters such as ą or é take two)").arg(m.captured(1));
     }},
    {"^at most (\\d+) tags$",
     [](const QRegularExpressionMatch& m) { return ImportText::tr("at most %1 tags").arg(m.captured(1)); }},
    {"^must not be before active_from \\((.*)\\)$",
     [](const QRegularExpressionMatch& m) {
         return ImportText::tr("must not be before the start date (%1)").arg(formatIsoDate(m.captured(1)));
     }},
    {"^must not be before the episode itself \\((.*)\\)$",
     [](const QRegularExpressionMatch& m) {
         return ImportText::tr("must not be before the episode's date (%1)").arg(formatIsoDate(m.captured(1)));
     }},
    {"^cannot exceed the revenue \\((.*)\\)$",
     [](const QRegularExpressionMatch& m) {
         return ImportText::tr("cannot exceed the amount (%1)").arg(formatDecimalAmount(m.captured(1)));
     }},
    {"^only purchases and returns carry revenue, not a (\\w+)$",
     [](const QRegularExpressionMatch& m) {
         return ImportText::tr("only purchases and returns have an amount, not this kind of episode (%1)")
             .arg(episodeKindTerm(m.captured(1)));
     }},
    {"^only purchases and returns carry a margin, not a (\\w+)$",
     [](const QRegularExpressionMatch& m) {
         return ImportText::tr("only purchases and returns have a margin, not this kind of episode (%1)")
             .arg(episodeKindTerm(m.captured(1)));
     }},
    // The rows and cards rapport_io could not read at all (io/importer.cpp, io/csv_reader.cpp, io/vcard.cpp).
    {"^the row has (\\d+) fields, the header (\\d+) \\(a missing delimiter, or a line break outside quotes\\?\\)$",
     [](const QRegularExpressionMatch& m) {
         return ImportText::tr("%n field(s) where the header has %1 (a missing delimiter, or a line break outside "
                               "quotes?)",
                               nullptr, m.captured(1).toInt())
             .arg(m.captured(2));
     }},
    {"^the row has (\\d+) fields, most rows (\\d+) \\(a missing delimiter, or a line break outside quotes\\?\\)$",
     [](const QRegularExpressionMatch& m) {
         return ImportText::tr("%n field(s) where most rows have %1 (a missing delimiter, or a line break outside "
                               "quotes?)",
                               nullptr, m.captured(1).toInt())
             .arg(m.captured(2));
     }},
    {"^the row has (\\d+) fields, the header (\\d+) \\(an unquoted (.+) inside a value\\?\\)$",
     [](const QRegularExpressionMatch& m) {
         return ImportText::tr("%n field(s) where the header has %1 (an unquoted %2 inside a value?)", nullptr,
                               m.captured(1).toInt())
             .arg(m.captured(2), delimiterTerm(m.captured(3)));
     }},
    {"^the row has (\\d+) fields, most rows (\\d+) \\(an unquoted (.+) inside a value\\?\\)$",
     [](const QRegularExpressionMatch& m) {
         return ImportText::tr("%n field(s) where most rows have %1 (an unquoted %2 inside a value?)", nullptr,
                               m.captured(1).toInt())
             .arg(m.captured(2), delimiterTerm(m.captured(3)));
     }},
    {"^a quote opened on line (\\d+) is never closed$",
     [](const QRegularExpressionMatch& m) {
         return ImportText::tr("a quote opened on line %1 is never closed").arg(m.captured(1));
     }},
    {"^the card that begins on line (\\d+) has no END:VCARD$",
     [](const QRegularExpressionMatch& m) {
         return ImportText::tr("the card that begins on line %1 has no END:VCARD").arg(m.captured(1));
     }},
};

int count(std::int64_t value) {
    return static_cast<int>(std::clamp<std::int64_t>(value, 0, std::numeric_limits<int>::max()));
}

/** "row 12 (line 13), column "E-mail", value "x": <what rapport_io says was expected>". */
QString rowProblem(const io::RowProblem& problem) {
    QString where = ImportText::tr("row %L1 (line %L2)").arg(problem.row).arg(static_cast<qlonglong>(problem.line));
    if (!problem.column.empty()) {
        where = ImportText::tr("%1, column \"%2\"").arg(where, fromUtf8(problem.column));
    }
    if (!problem.value.empty()) {
        where = ImportText::tr("%1, value \"%2\"").arg(where, fromUtf8(problem.value));
    }
    return ImportText::tr("%1: %2", "where in the file: what was expected")
        .arg(where, importProblemExpected(problem.expected));
}

/** "card 3 (line 40), EMAIL "x": <what was expected>". */
QString cardProblem(const io::RowProblem& problem) {
    QString where = ImportText::tr("card %L1 (line %L2)").arg(problem.row).arg(static_cast<qlonglong>(problem.line));
    if (!problem.column.empty()) {
        where = ImportText::tr("%1, %2", "card (line), vCard property").arg(where, fromUtf8(problem.column));
    }
    if (!problem.value.empty()) {
        where = ImportText::tr("%1 \"%2\"", "where, the value").arg(where, fromUtf8(io::oneLine(problem.value)));
    }
    return ImportText::tr("%1: %2", "where in the file: what was expected")
        .arg(where, importProblemExpected(io::oneLine(problem.expected)));
}

/** Records repeating a customer, the most frequent reasons for rejects with the first problems. */
void describeDuplicatesAndRejects(QStringList& out, const io::ImportReport& report, bool dryRun, bool cards,
                                  const std::function<QString(const io::RowProblem&)>& describe) {
    const QString indent = QStringLiteral("  ");
    if (report.duplicateCount > 0) {
        out << (cards ? ImportText::tr("%Ln card(s) repeat a customer of an earlier card:", nullptr,
                                       count(report.duplicateCount))
                      : ImportText::tr("%Ln row(s) repeat a customer of an earlier row:", nullptr,
                                       count(report.duplicateCount)));
        for (const auto& line : report.duplicatesInFile) {
            out << indent + fromUtf8(line);
        }
    }
    if (!report.problemCounts.empty()) {
        out << (cards ? ImportText::tr("Why cards were rejected (cards, property: what was expected):")
                      : ImportText::tr("Why rows were rejected (rows, column: what was expected):"));
        std::vector<std::pair<std::int64_t, QString>> reasons;
        for (const auto& [reason, times] : report.problemCounts) {
            const QString where = !reason.column.empty() ? fromUtf8(io::oneLine(reason.column))
                                  : cards ? ImportText::tr("card", "a whole card rejected, not one property")
                                          : ImportText::tr("row", "a whole row rejected, not one column");
            reasons.emplace_back(times, ImportText::tr("%1: %2", "column: what was expected")
                                            .arg(where, importProblemExpected(io::oneLine(reason.expected))));
        }
        std::sort(reasons.begin(), reasons.end(), std::greater<>());
        for (std::size_t i = 0; i < reasons.size() && i < 10; ++i) {
            out << indent + QStringLiteral("%1  %2").arg(formatCount(reasons[i].first), 7).arg(reasons[i].second);
        }
        if (reasons.size() > 10) {
            out << indent + ImportText::tr("… and %Ln other reason(s)", nullptr,
                                           count(static_cast<std::int64_t>(reasons.size()) - 10));
        }
        out << ImportText::tr("First problems:");
        for (std::size_t i = 0; i < report.problems.size() && i < 20; ++i) {
            out << indent + describe(report.problems[i]);
        }
    }
    if (dryRun && report.rejected > 0) {
        out << (cards ? ImportText::tr("A real import would write the rejected cards with their reasons to a rejects "
                                       "file.")
                      : ImportText::tr("A real import would write the rejected rows with their reasons to a rejects "
                                       "file."));
    }
}

/** What became of a transactions file's rows: documents, cancellations, anonymous sales, rounding. */
void describeSales(QStringList& out, const io::ImportReport& report, bool dryRun) {
    const QString madeSales = ImportText::tr("%Ln sale(s)", nullptr, count(report.sales));
    out << (dryRun ? ImportText::tr("%Ln row(s) would make %1.", nullptr, count(report.rows))
                   : ImportText::tr("%Ln row(s) made %1.", nullptr, count(report.rows)))
               .arg(madeSales);
    if (report.groupedLines > 0) {
        out << ImportText::tr("%Ln row(s) were lines of invoices with several lines, added up per invoice.", nullptr,
                              count(report.groupedLines));
    }
    if (report.cancellations > 0) {
        out << ImportText::tr("%Ln of them are cancellations or returns (a negative total); %1 linked to the purchase "
                              "they cancel, which then no longer counts as a purchase for the models.",
                              nullptr, count(report.cancellations))
                   .arg(ImportText::tr("%Ln was", "cancellations linked", count(report.linkedCancellations)));
    }
    if (report.anonymousRows > 0) {
        const QString rows = ImportText::tr("%Ln row(s) have no real customer (an empty or placeholder customer value)",
                                            nullptr, count(report.anonymousRows));
        if (report.anonymousSkipped > 0) {
            out << ImportText::tr("%1: left out by choice.").arg(rows);
        } else {
            const QString sales = ImportText::tr("%Ln anonymous sale(s)", nullptr, count(report.anonymousSales));
            const QString worth = formatMoney(core::Money::fromMinor(report.anonymousRevenueMinor));
            out << (dryRun ? ImportText::tr("%1: would be stored as %2 worth %3: kept apart, in the base's revenue "
                                            "(database summary, rapport-cli export anonymous-sales), never a customer.")
                           : ImportText::tr("%1: stored as %2 worth %3: kept apart, in the base's revenue (database "
                                            "summary, rapport-cli export anonymous-sales), never a customer."))
                       .arg(rows, sales, worth);
        }
    }
    if (report.roundedAmounts > 0) {
        out << ImportText::tr("%Ln amount(s) had more than two decimals (quantity x unit price): rounded half to even "
                              "to 0.01.",
                              nullptr, count(report.roundedAmounts));
    }
}

QString encodingName(const io::EncodingGuess& encoding) {
    return fromUtf8(core::toCode(encoding.encoding)); // "utf-8", "windows-1250": the names people look these up by
}

/** How the encoding and the formats were decided, from every row. */
QString detection(const io::ImportReport& report) {
    const auto& encoding = report.layout.encoding;
    const QString how =
        encoding.bomLength > 0   ? ImportText::tr("Encoding %1 decided from the whole file (its byte order mark).")
        : encoding.evidence == 0 ? ImportText::tr("Encoding %1 decided from the whole file (plain ASCII).")
        : encoding.encoding == io::TextEncoding::Utf8
            ? ImportText::tr("Encoding %1 decided from the whole file (%Ln non-ASCII character(s)).", nullptr,
                             count(static_cast<std::int64_t>(encoding.evidence)))
            : ImportText::tr("Encoding %1 decided from the whole file (%Ln word(s) with letters beyond ASCII).",
                             nullptr, count(static_cast<std::int64_t>(encoding.evidence)));
    const auto& layout = report.layout;
    const QString dates = layout.dateDecidingRows > 0 ? ImportText::tr("%Ln date(s) fix the day-month order", nullptr,
                                                                       count(layout.dateDecidingRows))
                                                      : ImportText::tr("no date fixes the day-month order");
    const QString decimals =
        ImportText::tr("%Ln amount(s) show the decimal separator", nullptr, count(layout.decimalDecidingRows));
    return how.arg(encodingName(encoding)) + QLatin1Char(' ') +
           ImportText::tr("Formats decided from all %Ln row(s): %1, %2.", nullptr, count(layout.rowsExamined))
               .arg(dates, decimals);
}

QString csvSummary(const io::ImportReport& report, bool dryRun) {
    QStringList out;
    const bool sales = report.sales > 0 || report.anonymousRows > 0;
    if (sales) {
        out << (dryRun
                    ? ImportText::tr("Dry run, nothing written. Would add %Ln sale(s) to customers' timelines; %L1 "
                                     "unchanged (already in the base); rejected %L2 of %L3 rows.",
                                     nullptr, count(report.added))
                    : ImportText::tr("Added %Ln sale(s) to customers' timelines; %L1 unchanged (already in the base); "
                                     "rejected %L2 of %L3 rows.",
                                     nullptr, count(report.added)))
                   .arg(report.unchanged)
                   .arg(report.rejected)
                   .arg(report.rows);
        describeSales(out, report, dryRun);
    } else {
        out << (dryRun ? ImportText::tr("Dry run, nothing written. Would add %L1, update %L2; %L3 unchanged (already "
                                        "in the base); rejected %L4 of %Ln row(s).",
                                        nullptr, count(report.rows))
                       : ImportText::tr("Added %L1, updated %L2; %L3 unchanged (already in the base); rejected %L4 of "
                                        "%Ln row(s).",
                                        nullptr, count(report.rows)))
                   .arg(report.added)
                   .arg(report.updated)
                   .arg(report.unchanged)
                   .arg(report.rejected);
    }
    if (report.layout.rowsExamined > 0) {
        out << detection(report);
    }
    if (report.customersCreated > 0) {
        out << (dryRun ? ImportText::tr("Would create %Ln customer(s) not yet in the base.", nullptr,
                                        count(report.customersCreated))
                       : ImportText::tr("Created %Ln customer(s) that were not in the base.", nullptr,
                                        count(report.customersCreated)));
    }
    describeDuplicatesAndRejects(out, report, dryRun, false, rowProblem);
    if (!report.rejectsPath.empty()) {
        out << ImportText::tr("Rejected rows with their reasons: %1 (fix them there and import that file again)")
                   .arg(fromUtf8(report.rejectsPath));
    }
    return out.join(QLatin1Char('\n'));
}

QString vcardSummary(const io::ImportReport& report, bool dryRun) {
    QStringList out;
    const QString encoding = encodingName(report.layout.encoding);
    out << (report.layout.encoding.certain
                ? ImportText::tr("Read %Ln card(s) (%1).", nullptr, count(report.rows)).arg(encoding)
                : ImportText::tr("Read %Ln card(s) (%1, guessed).", nullptr, count(report.rows)).arg(encoding));
    out << (dryRun ? ImportText::tr("Dry run, nothing written. Customers: would add %L1, update %L2, %L3 unchanged "
                                    "(already in the base).")
                   : ImportText::tr("Customers: added %L1, updated %L2, %L3 unchanged (already in the base)."))
               .arg(report.added)
               .arg(report.updated)
               .arg(report.unchanged);
    out << (dryRun ? ImportText::tr("Contact persons at organisations: would add %L1, update %L2, %L3 unchanged.")
                   : ImportText::tr("Contact persons at organisations: added %L1, updated %L2, %L3 unchanged."))
               .arg(report.contactPersonsAdded)
               .arg(report.contactPersonsUpdated)
               .arg(report.contactPersonsUnchanged);
    out << ImportText::tr("Rejected %L1 of %Ln card(s).", nullptr, count(report.rows)).arg(report.rejected);
    describeDuplicatesAndRejects(out, report, dryRun, true, cardProblem);
    if (!report.rejectsPath.empty()) {
        out << ImportText::tr("Rejected cards with their reasons (X-RAPPORT-IMPORT-PROBLEM): %1 (fix them there and "
                              "import that file again)")
                   .arg(fromUtf8(report.rejectsPath));
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString importFieldLabel(std::string_view field) {
    for (const auto& [code, label] : kFieldLabels) {
        if (code == field) {
            return QCoreApplication::translate("rapport::ui::ImportFields", label);
        }
    }
    return i18n::humanizeCode(field);
}

bool hasImportFieldLabel(std::string_view field) {
    return std::any_of(std::begin(kFieldLabels), std::end(kFieldLabels),
                       [field](const auto& known) { return known.first == field; });
}

bool hasImportFieldDescription(std::string_view description) {
    return std::any_of(std::begin(kFieldDescriptions), std::end(kFieldDescriptions),
                       [description](const char* known) { return description == known; });
}

QString importFieldDescription(std::string_view description) {
    // QCoreApplication::translate needs the text to end with its NUL: the table's own copy has one.
    for (const char* known : kFieldDescriptions) {
        if (description == known) {
            return QCoreApplication::translate("rapport::ui::ImportFields", known);
        }
    }
    return fromUtf8(description);
}

bool hasImportProblemText(std::string_view expected) {
    return std::any_of(std::begin(kRowExpectations), std::end(kRowExpectations),
                       [expected](const char* known) { return expected == known; });
}

QString importProblemExpected(std::string_view expected) {
    for (const char* known : kRowExpectations) {
        if (expected == known) {
            return QCoreApplication::translate("rapport::ui::ImportProblems", known);
        }
    }
    if (expected.starts_with(io::expect::kOneOf)) {
        // The codes stay as they are: the file must hold them so.
        return ImportText::tr("one of %1", "the codes a column may hold: one of b2c, b2b")
            .arg(fromUtf8(expected.substr(io::expect::kOneOf.size())));
    }
    // A check of the core as it stands, or (a customer the import creates) still quoting the value first.
    const auto check = io::expect::withoutQuotedValue(expected);
    for (const char* known : kRecordChecks) {
        if (check == known) {
            return QCoreApplication::translate("rapport::ui::ImportProblems", known);
        }
    }
    static const auto patterns = [] {
        std::vector<QRegularExpression> compiled;
        for (const auto& reason : kReasonsWithValues) {
            compiled.emplace_back(QString::fromUtf8(reason.pattern));
        }
        return compiled;
    }();
    const QString text = fromUtf8(check);
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        if (const auto match = patterns[i].match(text); match.hasMatch()) {
            return kReasonsWithValues[i].say(match);
        }
    }
    return fromUtf8(expected); // a reason added to rapport_io or the core later stays English until it is added here
}

QString missingColumnText(io::RequiredField field, bool dryRun) {
    // The fields by the labels the mapping table's drop-downs show, so the user finds them there.
    const auto label = [](std::string_view code) { return importFieldLabel(code); };
    QString what;
    switch (field) {
    case io::RequiredField::CustomerName:
        // Any one of them will do: a first name alone names a customer.
        what = ImportText::tr("the customer's name (%1, %2, %3 or %4)")
                   .arg(label("display_name"), label("first_name"), label("last_name"), label("legal_name"));
        break;
    case io::RequiredField::ContactPersonName:
        what = ImportText::tr("the contact person's name (%1, %2 or %3)")
                   .arg(label("name"), label("first_name"), label("last_name"));
        break;
    case io::RequiredField::Customer:
        what = ImportText::tr("the customer (%1, %2 or %3)")
                   .arg(label("customer_ref"), label("rapport_customer_id"), label("customer_email"));
        break;
    case io::RequiredField::Date:
        what = ImportText::tr("the date (%1)").arg(label("occurred_on"));
        break;
    case io::RequiredField::EpisodeKind:
        what = ImportText::tr("the kind of episode (%1)").arg(label("kind"));
        break;
    case io::RequiredField::Amount:
        // The quantity is 1 where no column holds one: it is no alternative to the others.
        what = ImportText::tr("the amount (%1, %2 or %3)")
                   .arg(label("revenue"), label("unit_price"), label("gross_amount"));
        break;
    }
    return dryRun ? ImportText::tr("The dry run stopped: no column holds %1. Choose the column that holds it in the "
                                   "table above.")
                        .arg(what)
                  : ImportText::tr("Nothing was imported: no column holds %1. Choose the column that holds it in the "
                                   "table above.")
                        .arg(what);
}

QString dateOrderName(io::DateOrder order) {
    switch (order) {
    case io::DateOrder::DayMonthYear:
        return ImportText::tr("day.month.year (31.12.2025)");
    case io::DateOrder::MonthDayYear:
        return ImportText::tr("month/day/year (12/31/2025)");
    case io::DateOrder::YearMonthDay:
        return ImportText::tr("year-month-day (2025-12-31)");
    }
    return {};
}

QString dateOrderDoubtText(io::DateOrderDoubt doubt, std::int64_t rows) {
    switch (doubt) {
    case io::DateOrderDoubt::ColumnsDisagree:
        return ImportText::tr("the date columns disagree: one puts the day first, another the month");
    case io::DateOrderDoubt::EveryDateAmbiguous:
        return ImportText::tr("all %Ln row(s) have dates such as 03/04/2024 that could be day-month or month-day",
                              nullptr, static_cast<int>(std::min<std::int64_t>(rows, std::numeric_limits<int>::max())));
    case io::DateOrderDoubt::None:
        break;
    }
    return ImportText::tr("the dates could be day-month or month-day");
}

QString importStopText(const io::ImportError& error) {
    const QString file = QString::fromStdString(error.path());
    switch (error.stop()) {
    case io::ImportStop::CannotOpen:
        if (error.systemError() == ENOENT) {
            return ImportText::tr("the file %1 does not exist.").arg(file);
        }
        if (error.systemError() == EACCES || error.systemError() == EPERM) {
            return ImportText::tr("you have no permission to read the file %1.").arg(file);
        }
        return ImportText::tr("the file %1 cannot be opened (%2).")
            .arg(file, QString::fromLocal8Bit(std::strerror(error.systemError())));
    case io::ImportStop::NotAFile:
        return ImportText::tr("%1 is not a file (a folder?).").arg(file);
    case io::ImportStop::CannotRead:
        return ImportText::tr("the file %1 cannot be read (%2).")
            .arg(file, QString::fromLocal8Bit(std::strerror(error.systemError())));
    case io::ImportStop::Empty:
        return ImportText::tr("the file %1 is empty: it holds no row that can be read.").arg(file);
    case io::ImportStop::Undecodable:
        return ImportText::tr("the characters of the file %1 cannot be read in its encoding.").arg(file);
    case io::ImportStop::NoCards:
        return ImportText::tr("the file %1 holds no vCard (BEGIN:VCARD … END:VCARD).").arg(file);
    case io::ImportStop::ColumnsChanged:
        return ImportText::tr("the file %1 no longer has the columns shown above: choose it again and check the "
                              "mapping.")
            .arg(file);
    case io::ImportStop::DateOrderContradicted:
        if (const auto& c = error.contradiction()) {
            const QString column =
                c->column.empty()
                    ? ImportText::tr("column %1", "%3 in \"row %2 of %3\": in the case that phrase needs")
                          .arg(c->columnNumber)
                    : ImportText::tr("column “%1”", "%3 in \"row %2 of %3\": in the case that phrase needs")
                          .arg(QString::fromStdString(c->column));
            const QString row = QLocale().toString(static_cast<qlonglong>(c->row));
            const QString value = QString::fromStdString(c->value);
            return c->dayFirst ? ImportText::tr("the dates were said to be %1, but row %2 of %3 has “%4”, which puts "
                                                "the day first. Choose the order the file uses under Dates.")
                                     .arg(dateOrderName(c->chosen), row, column, value)
                               : ImportText::tr("the dates were said to be %1, but row %2 of %3 has “%4”, which puts "
                                                "the month first. Choose the order the file uses under Dates.")
                                     .arg(dateOrderName(c->chosen), row, column, value);
        }
        break;
    case io::ImportStop::DateOrderUndecided:
        return ImportText::tr("%1. Choose the order under Dates.", "why the date order is open")
            .arg(dateOrderDoubtText(error.doubt(), error.rowsExamined()));
    case io::ImportStop::RejectsNotWritten:
        return ImportText::tr("the rejected rows cannot be written to %1 (can the folder be written to? is the disk "
                              "full?).")
            .arg(file);
    case io::ImportStop::Other:
        break;
    }
    return QString::fromUtf8(error.what());
}

QString ignoredColumnText(const io::FileLayout& layout, const io::IgnoredColumn& ignored) {
    const auto header = [&](std::size_t column) {
        return column < layout.columns.size() ? QString::fromStdString(layout.columns[column]) : QString();
    };
    const int number = static_cast<int>(ignored.column) + 1;
    switch (ignored.reason) {
    case io::IgnoredColumn::Reason::NoHeader:
        return ImportText::tr("Column %1 has no header and is ignored.").arg(number);
    case io::IgnoredColumn::Reason::RepeatsEarlierColumn:
        return ImportText::tr("Column %1 “%2” repeats column %3 and is ignored.")
            .arg(QString::number(number), header(ignored.column),
                 QString::number(static_cast<int>(ignored.earlierColumn) + 1));
    case io::IgnoredColumn::Reason::MatchesNoField:
        break;
    }
    return ImportText::tr("Column “%1” matches no field and is ignored.").arg(header(ignored.column));
}

QString importSummaryText(const io::ImportReport& report, bool dryRun) {
    return report.layout.vcard ? vcardSummary(report, dryRun) : csvSummary(report, dryRun);
}

} // namespace rapport::ui
