#include "storage/sqlite/customer_records.h"

#include "storage/sqlite/codes.h"
#include "storage/sqlite/customer_filter_sql.h"
#include "storage/sqlite/customer_rows.h"
#include "storage/sqlite/database.h"
#include "storage/sqlite/read_snapshot.h"
#include "storage/sqlite/schema.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <sqlite3.h>
#include <tuple>

namespace rapport::storage::sqlite {

namespace {

// After the customer's own columns (customerColumnsSql(), 23 of them): what the list row adds.
constexpr const char* kRecordColumns =
    "c.last_contact_on, c.revenue_total, c.margin_total, c.purchase_count, c.episode_count, "
    "sc.score_stage, sc.score_group, sc.score_churn, sc.score_alive_ppm, sc.score_value, sc.score_level";
constexpr int kFirstRowColumn = 23;

/** The list row of a customer read whole: the same values selectCustomerRow gives. */
CustomerRow rowOf(const core::Customer& c, const Statement& s) {
    CustomerRow row;
    row.id = c.id;
    row.displayName = c.displayName;
    row.kind = c.kind;
    row.market = c.market;
    row.segment = c.segment;
    row.owner = c.owner;
    row.city = c.address.city;
    row.acquiredOn = c.acquiredOn;
    row.archivedOn = c.archivedOn;
    const int k = kFirstRowColumn;
    row.lastContactOn = optionalDateColumn(s, k);
    row.revenue = core::Money::fromMinor(s.int64(k + 1));
    row.margin = core::Money::fromMinor(s.int64(k + 2));
    row.purchases = s.int64(k + 3);
    row.episodes = s.int64(k + 4);
    row.stage = optionalEnumColumn<core::LadderStage>(s, k + 5, "customer_score.score_stage");
    if (!s.isNull(k + 6)) {
        row.fourGroup = static_cast<int>(s.int64(k + 6));
    }
    row.churnStatus = optionalEnumColumn<core::ChurnStatus>(s, k + 7, "customer_score.score_churn");
    if (!s.isNull(k + 8)) {
        row.probabilityAlive = static_cast<double>(s.int64(k + 8)) / kPartsPerMillion;
    }
    if (!s.isNull(k + 9)) {
        row.predictedValue = core::Money::fromMinor(s.int64(k + 9));
    }
    if (!s.isNull(k + 10)) {
        row.serviceLevel = s.int64(k + 10);
    }
    return row;
}

/**
 * Which customers a child-row query reads: the page's ids as a JSON array (?1) for `IN (SELECT value FROM
 * json_each(?1))`, or, when the page holds most ids of its span (an export of all customers), the span itself (?1
 * to ?2) for `BETWEEN ?1 AND ?2`: one walk along the (customer_id, ...) index instead of a seek per customer.
 */
struct ChildSelection {
    std::string condition;
    std::string ids;
    core::CustomerId first = 0;
    core::CustomerId last = 0;

    explicit ChildSelection(const std::vector<CustomerRecord>& records)
        : first(records.front().customer.id)
        , last(records.back().customer.id) {
        if (spanIsDense(records.size())) {
            condition = " BETWEEN ?1 AND ?2";
            return;
        }
        condition = " IN (SELECT value FROM json_each(?1))";
        ids = "[";
        for (const auto& record : records) {
            ids += (ids.size() > 1 ? "," : "") + std::to_string(record.customer.id);
        }
        ids += ']';
    }
    [[nodiscard]] bool spanIsDense(std::size_t count) const {
        // At most one id in the span outside the page for each in it: the walk reads at most twice the rows needed.
        return static_cast<std::uint64_t>(last) - static_cast<std::uint64_t>(first) <
               2 * static_cast<std::uint64_t>(count);
    }
    [[nodiscard]] bool isSpan() const { return ids.empty(); }
    void bindTo(Statement& select) const {
        if (isSpan()) {
            select.bind(1, first);
            select.bind(2, last);
        } else {
            select.bind(1, ids);
        }
    }
};

/**
 * Runs a child-row query over the page's customers, ordered by customer id, and hands each row to `read` with the
 * record it belongs to: the rows and the records meet in id order, like a merge join. Rows of customers in the
 * span but not in the page (filtered out) are passed over.
 */
template <typename Read>
void readChildren(Database& db, const std::string& sql, const ChildSelection& selection,
                  std::vector<CustomerRecord>& records, Read&& read) {
    auto& select = db.cached(sql);
    selection.bindTo(select);
    auto record = records.begin();
    std::optional<core::CustomerId> previous;
    while (select.step()) {
        const auto customerId = select.int64(0);
        if (previous && customerId < *previous) {
            throw CorruptError("rows of customer " + std::to_string(customerId) + " came out of order");
        }
        previous = customerId;
        record = std::find_if(record, records.end(), [&](const auto& r) { return r.customer.id >= customerId; });
        if (record != records.end() && record->customer.id == customerId) {
            read(select, record->customer);
        } else if (!selection.isSpan()) {
            throw CorruptError("rows of customer " + std::to_string(customerId) + " are not of the page's customers");
        }
    }
}

/**
 * The customers' own e-mails and phones, each list in its stored order. The query asks only for customer order:
 * over a span of ids SQLite cannot take (kind, position) order from the index after the range on customer_id, and
 * sorted each customer's rows itself ("USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"), a third of this query's time
 * in an export of all customers. The page's rows are put in order here instead, a few thousand small moves.
 */
void readContactPointsInOrder(Database& db, const ChildSelection& selection, std::vector<CustomerRecord>& records) {
    struct Point {
        core::Customer* customer;
        bool email;
        std::int64_t position;
        core::ContactPoint point;
    };
    std::vector<Point> points;
    points.reserve(2 * records.size());
    readChildren(db,
                 "SELECT customer_id, kind, position, value, label FROM contact_point WHERE customer_id" +
                     selection.condition + " AND contact_person_id IS NULL ORDER BY customer_id",
                 selection, records, [&](const Statement& s, core::Customer& c) {
                     points.push_back({&c, s.textView(1) == "email", s.int64(2), {s.text(3), s.text(4)}});
                 });
    // The records are in id order and the rows came in it, so the customer pointers already ascend: only each
    // customer's rows may need reordering. (customer, kind, position) is the index's own order, so its walk gives
    // them sorted and the sort below runs only on rows SQLite gave otherwise.
    const auto storedOrder = [](const Point& a, const Point& b) {
        return std::tuple(a.customer, !a.email, a.position) < std::tuple(b.customer, !b.email, b.position);
    };
    if (!std::is_sorted(points.begin(), points.end(), storedOrder)) {
        std::stable_sort(points.begin(), points.end(), storedOrder);
    }
    for (auto& p : points) {
        (p.email ? p.customer->emails : p.customer->phones).push_back(std::move(p.point));
    }
}

} // namespace

CustomerRecordPage selectCustomerRecords(Database& db, const CustomerFilter& filter,
                                         std::optional<core::CustomerId> after, int limit) {
    const int wanted = std::clamp(limit, 1, 10'000) + 1; // one more tells whether another page follows
    Query q = filterQuery(filter);
    if (after) {
        q.add("c.id > " + q.placeholder(), *after);
    }
    const std::string sql = "SELECT " + customerColumnsSql() + ", " + kRecordColumns +
                            " FROM customer c CROSS JOIN customer_score sc ON sc.customer_id = c.id" + q.where +
                            " ORDER BY c.id LIMIT " + std::to_string(wanted);
    ReadSnapshot snapshot(db);
    CustomerRecordPage page;
    page.records.reserve(static_cast<std::size_t>(std::min(wanted, 2'048)));
    auto& select = db.cached(sql);
    bindAll(select, q.values);
    while (select.step()) {
        auto customer = customerFromColumns(select);
        auto row = rowOf(customer, select);
        page.records.push_back({std::move(customer), std::move(row)});
    }
    if (static_cast<int>(page.records.size()) == wanted) {
        page.records.pop_back();
        page.next = page.records.back().customer.id;
    }
    if (page.records.empty()) {
        return page;
    }
    const ChildSelection children(page.records);
    // Each child query walks its (customer_id, ...) index over the page's customers, in id order.
    readContactPointsInOrder(db, children, page.records);
    readChildren(db,
                 "SELECT customer_id, tag FROM customer_tag WHERE customer_id" + children.condition +
                     " ORDER BY customer_id, position",
                 children, page.records, [](const Statement& s, core::Customer& c) { c.tags.push_back(s.text(1)); });
    readChildren(db,
                 "SELECT customer_id, purpose, given, recorded_on, text_version FROM consent WHERE customer_id" +
                     children.condition + " ORDER BY customer_id, id",
                 children, page.records, [](const Statement& s, core::Customer& c) {
                     c.consents.push_back({enumColumn<core::ConsentPurpose>(s, 1, "consent.purpose"), s.int64(2) != 0,
                                           dateColumn(s, 3), s.text(4)});
                 });
    for (auto& record : page.records) {
        const auto& c = record.customer;
        record.row.email = c.emails.empty() ? std::string() : c.emails.front().value;
        record.row.phone = c.phones.empty() ? std::string() : c.phones.front().value;
    }
    return page;
}

} // namespace rapport::storage::sqlite
