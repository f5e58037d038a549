#include "analytics/purchase_sources.h"

#include "core/money.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <string_view>
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

bool addRepositoryPurchases(storage::Repository& repository, SummaryBuilder& builder,
                            const std::function<bool(std::int64_t)>& keepGoing) {
    std::int64_t rowsRead = 0;
    bool stopped = false;
    repository.scanPurchases([&](std::span<const storage::PurchaseRecord> batch) {
        for (const auto& record : batch) {
            builder.add(std::to_string(record.customerId), record.date, record.revenueMinor, record.marginMinor);
        }
        rowsRead += static_cast<std::int64_t>(batch.size());
        stopped = keepGoing && !keepGoing(rowsRead);
        return !stopped;
    });
    return !stopped;
}

std::size_t addTransactionsCsv(const std::string& path, SummaryBuilder& builder) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw TransactionFileError(path + ": cannot open the file");
    }
    std::size_t lineNumber = 0;
    std::size_t read = 0;
    auto fail = [&](const std::string& what) {
        throw TransactionFileError(path + ":" + std::to_string(lineNumber) + ": " + what);
    };
    std::vector<std::string> quotedFields; // the slow path, for lines with quotes
    std::array<std::string_view, 5> fields;
    const auto handleLine = [&](std::string_view line) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (lineNumber == 1 && line.starts_with("\xEF\xBB\xBF")) {
            line.remove_prefix(3); // UTF-8 byte order mark
        }
        if (line.empty()) {
            return;
        }
        std::size_t count = 0;
        if (line.find('"') == std::string_view::npos) {
            // Plain fields: split at commas without copying.
            while (count < fields.size()) {
                const auto comma = line.find(',');
                fields[count++] = line.substr(0, comma);
                if (comma == std::string_view::npos) {
                    break;
                }
                line.remove_prefix(comma + 1);
                if (count == fields.size()) {
                    ++count; // more fields than any valid line has
                }
            }
        } else {
            if (!splitCsv(std::string(line), quotedFields)) {
                fail("a quoted field is not closed");
            }
            count = quotedFields.size();
            for (std::size_t i = 0; i < std::min(count, fields.size()); ++i) {
                fields[i] = quotedFields[i];
            }
        }
        if (lineNumber == 1) {
            const bool header = count >= 3 && count <= 4 && fields[0] == "customer" && fields[1] == "date" &&
                                fields[2] == "amount" && (count == 3 || fields[3] == "margin");
            if (!header) {
                fail("expected the header customer,date,amount[,margin]");
            }
            return;
        }
        if (count < 3 || count > 4) {
            fail("expected 3 or 4 fields (customer,date,amount[,margin]), found " +
                 (count > 4 ? std::string("more") : std::to_string(count)));
        }
        if (fields[0].empty()) {
            fail("field 'customer' is empty");
        }
        const auto date = core::Date::parseIso(fields[1]);
        if (!date) {
            fail("field 'date': expected YYYY-MM-DD, found '" + std::string(fields[1]) + "'");
        }
        const auto amount = core::Money::parseDecimal(fields[2]);
        if (!amount) {
            fail("field 'amount': expected a decimal number such as 12.50, found '" + std::string(fields[2]) + "'");
        }
        std::int64_t margin = 0;
        if (count == 4 && !fields[3].empty()) {
            const auto parsed = core::Money::parseDecimal(fields[3]);
            if (!parsed) {
                fail("field 'margin': expected a decimal number such as 3.20, found '" + std::string(fields[3]) + "'");
            }
            margin = parsed->minor();
        }
        builder.add(fields[0], *date, amount->minor(), margin);
        ++read;
    };

    // Read in large blocks and hand out whole lines; a line cut by the block end waits for the next block.
    std::string block;
    std::string carry;
    std::vector<char> buffer(4u << 20);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got == 0) {
            break;
        }
        std::string_view data(buffer.data(), got);
        std::size_t newline = data.find('\n');
        if (!carry.empty()) {
            if (newline == std::string_view::npos) {
                carry.append(data);
                continue;
            }
            carry.append(data.substr(0, newline));
            handleLine(carry);
            carry.clear();
            data.remove_prefix(newline + 1);
            newline = data.find('\n');
        }
        while (newline != std::string_view::npos) {
            handleLine(data.substr(0, newline));
            data.remove_prefix(newline + 1);
            newline = data.find('\n');
        }
        carry.assign(data);
    }
    if (!carry.empty()) {
        handleLine(carry);
    }
    if (lineNumber == 0) {
        throw TransactionFileError(path + ": the file is empty; expected the header customer,date,amount[,margin]");
    }
    return read;
}

} // namespace rapport::analytics
