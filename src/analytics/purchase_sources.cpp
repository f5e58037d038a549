#include "analytics/purchase_sources.h"

#include "core/money.h"

#include <fstream>
#include <vector>

namespace rapport::analytics {

namespace {

/** Splits one CSV record; quotes may enclose a field and "" inside them is a quote. */
bool splitCsv(const std::string& line, std::vector<std::string>& fields) {
    fields.clear();
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
        } else {
            field += c;
        }
    }
    fields.push_back(std::move(field));
    return !quoted;
}

} // namespace

void addRepositoryPurchases(storage::Repository& repository, SummaryBuilder& builder) {
    repository.scanPurchases([&](std::span<const storage::PurchaseRecord> batch) {
        for (const auto& record : batch) {
            builder.add(std::to_string(record.customerId), record.date, record.revenueMinor, record.marginMinor);
        }
        return true;
    });
}

std::size_t addTransactionsCsv(const std::string& path, SummaryBuilder& builder) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw TransactionFileError(path + ": cannot open the file");
    }
    std::string line;
    std::vector<std::string> fields;
    std::size_t lineNumber = 0;
    std::size_t read = 0;
    auto fail = [&](const std::string& what) {
        throw TransactionFileError(path + ":" + std::to_string(lineNumber) + ": " + what);
    };
    while (std::getline(in, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (lineNumber == 1 && line.starts_with("\xEF\xBB\xBF")) {
            line.erase(0, 3); // UTF-8 byte order mark
        }
        if (line.empty()) {
            continue;
        }
        if (!splitCsv(line, fields)) {
            fail("a quoted field is not closed");
        }
        if (lineNumber == 1) {
            const bool header = fields.size() >= 3 && fields[0] == "customer" && fields[1] == "date" &&
                                fields[2] == "amount" && (fields.size() == 3 || fields[3] == "margin");
            if (!header || fields.size() > 4) {
                fail("expected the header customer,date,amount[,margin]");
            }
            continue;
        }
        if (fields.size() < 3 || fields.size() > 4) {
            fail("expected 3 or 4 fields (customer,date,amount[,margin]), found " + std::to_string(fields.size()));
        }
        if (fields[0].empty()) {
            fail("field 'customer' is empty");
        }
        const auto date = core::Date::parseIso(fields[1]);
        if (!date) {
            fail("field 'date': expected YYYY-MM-DD, found '" + fields[1] + "'");
        }
        const auto amount = core::Money::parseDecimal(fields[2]);
        if (!amount) {
            fail("field 'amount': expected a decimal number such as 12.50, found '" + fields[2] + "'");
        }
        std::int64_t margin = 0;
        if (fields.size() == 4 && !fields[3].empty()) {
            const auto parsed = core::Money::parseDecimal(fields[3]);
            if (!parsed) {
                fail("field 'margin': expected a decimal number such as 3.20, found '" + fields[3] + "'");
            }
            margin = parsed->minor();
        }
        builder.add(fields[0], *date, amount->minor(), margin);
        ++read;
    }
    if (lineNumber == 0) {
        throw TransactionFileError(path + ": the file is empty; expected the header customer,date,amount[,margin]");
    }
    return read;
}

} // namespace rapport::analytics
