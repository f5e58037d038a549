#include "customer_list_model.h"
#include "ui/ui_fixture.h"

#include <QAbstractItemModelTester>
#include <QLocale>

using namespace rapport;
using namespace rapport::test;
using ui::CustomerListModel;

namespace {

class CustomerListModelTest : public DemoDatabaseFixture {
protected:
    static void SetUpTestSuite() { createDemo(1000); }
    void SetUp() override { m_repository = storage::openRepository(databasePath()); }
    std::unique_ptr<storage::Repository> m_repository;
};

} // namespace

TEST_F(CustomerListModelTest, PassesTheModelTesterThroughPagingSortingAndSearch) {
    CustomerListModel model(*m_repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    EXPECT_EQ(model.rowCount(), CustomerListModel::kPageSize);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    EXPECT_EQ(model.rowCount(), 1000);
    model.sort(CustomerListModel::Revenue, Qt::DescendingOrder);
    model.sort(CustomerListModel::LastContact, Qt::AscendingOrder);
    storage::CustomerFilter filter;
    filter.search = "anna";
    model.setFilter(filter);
    EXPECT_GT(model.rowCount(), 0);
    filter.search = "no such customer anywhere";
    model.setFilter(filter);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(CustomerListModelTest, LoadsOnePageAtATime) {
    CustomerListModel model(*m_repository);
    model.reload();
    EXPECT_EQ(model.pagesFetched(), 1);
    EXPECT_EQ(model.rowsFetched(), static_cast<std::size_t>(CustomerListModel::kPageSize));
    model.fetchMore({});
    EXPECT_EQ(model.pagesFetched(), 2);
    EXPECT_EQ(model.rowCount(), 2 * CustomerListModel::kPageSize);
}

TEST_F(CustomerListModelTest, SortsByTheDatabaseAndShowsLocaleText) {
    CustomerListModel model(*m_repository);
    model.sort(CustomerListModel::Revenue, Qt::DescendingOrder);
    const auto top = m_repository->customerRow(model.customerIdAt(0)).value();
    const auto second = m_repository->customerRow(model.customerIdAt(1)).value();
    EXPECT_GE(top.revenue, second.revenue);
    EXPECT_EQ(model.data(model.index(0, CustomerListModel::Name)).toString().toStdString(), top.displayName);
    EXPECT_EQ(model.data(model.index(0, CustomerListModel::Revenue)).toString(),
              QLocale().toString(top.revenue.toDouble(), 'f', 2));
    EXPECT_EQ(model.data(model.index(0, CustomerListModel::Name), CustomerListModel::CustomerIdRole).toLongLong(),
              top.id);

    // A column without an index keeps the current order rather than sorting the whole base.
    model.sort(CustomerListModel::Email, Qt::AscendingOrder);
    EXPECT_EQ(model.sortColumn(), CustomerListModel::Revenue);
    EXPECT_EQ(model.customerIdAt(0), top.id);
}
