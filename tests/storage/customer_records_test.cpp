// The export's page read (selectCustomerRecords) asks SQLite only for customer order and puts each customer's
// e-mails and phones in their stored order itself. The index usually gives them in that order already; here it is
// gone, so SQLite sorts by customer alone and the rows of a customer come in the order they were written, the
// reverse of their positions.

#include "storage/fixtures.h"
#include "storage/sqlite/customer_records.h"
#include "storage/sqlite/database.h"

#include <string>
#include <vector>

using namespace rapport;
using namespace rapport::test;

TEST(SqliteCustomerRecords, ContactPointsComeInTheirStoredOrderWhateverOrderSqliteReadsThemIn) {
    TempDir dir;
    const auto path = dir.file("records.sqlite");
    std::vector<core::CustomerId> ids;
    {
        auto repository = storage::openRepository(path, {});
        for (int i = 0; i < 3; ++i) {
            ids.push_back(repository->addCustomer(makeCustomer("Customer " + std::to_string(i))));
        }
    }
    storage::sqlite::Database db(path, storage::sqlite::Database::Mode::ReadWrite);
    db.exec("DROP INDEX contact_point_by_owner");
    db.exec("DELETE FROM contact_point");
    for (const auto id : ids) {
        const auto customer = std::to_string(id);
        // Written last position first, phones before e-mails: the rowid order is the reverse of the stored one.
        for (const auto* kind : {"phone", "email"}) {
            for (int position = 2; position >= 0; --position) {
                const auto value = std::string(kind) + "-" + customer + "-" + std::to_string(position);
                db.exec("INSERT INTO contact_point (customer_id, kind, position, value, normalized) VALUES (" +
                        customer + ", '" + kind + "', " + std::to_string(position) + ", '" + value + "', '" + value +
                        "')");
            }
        }
    }

    const auto page = storage::sqlite::selectCustomerRecords(db, {}, std::nullopt, 100);
    ASSERT_EQ(page.records.size(), ids.size());
    for (const auto& record : page.records) {
        const auto customer = std::to_string(record.customer.id);
        std::vector<std::string> emails;
        std::vector<std::string> phones;
        for (const auto& point : record.customer.emails) {
            emails.push_back(point.value);
        }
        for (const auto& point : record.customer.phones) {
            phones.push_back(point.value);
        }
        EXPECT_EQ(emails, (std::vector<std::string>{"email-" + customer + "-0", "email-" + customer + "-1",
                                                    "email-" + customer + "-2"}));
        EXPECT_EQ(phones, (std::vector<std::string>{"phone-" + customer + "-0", "phone-" + customer + "-1",
                                                    "phone-" + customer + "-2"}));
        EXPECT_EQ(record.row.email, "email-" + customer + "-0");
        EXPECT_EQ(record.row.phone, "phone-" + customer + "-0");
    }
}
