#include "customer_details_view.h"

#include "formatting.h"
#include "storage/repository.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

QString joinPoints(const std::vector<core::ContactPoint>& points) {
    QStringList parts;
    for (const auto& point : points) {
        parts << (point.label.empty() ? fromUtf8(point.value)
                                      : QStringLiteral("%1 (%2)").arg(fromUtf8(point.value), fromUtf8(point.label)));
    }
    return parts.join(QStringLiteral(", "));
}

QTreeWidget* makeTree(const QStringList& headers, QWidget* parent) {
    auto* tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

CustomerDetailsView::CustomerDetailsView(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("customerTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_tabs = new QTabWidget(this);
    auto* profilePage = new QScrollArea(m_tabs);
    profilePage->setWidgetResizable(true);
    auto* profileWidget = new QWidget(profilePage);
    m_profile = new QFormLayout(profileWidget);
    m_profile->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    profilePage->setWidget(profileWidget);
    m_tabs->addTab(profilePage, tr("&Profile"));

    m_contacts = makeTree(
        {tr("Name"), tr("Role"), tr("Decides"), tr("Active from"), tr("Active to"), tr("E-mail"), tr("Phone")}, m_tabs);
    m_contacts->setObjectName(QStringLiteral("contactPersonTree"));
    m_tabs->addTab(m_contacts, tr("&Contact persons"));

    m_episodes = makeTree(
        {tr("Date"), tr("Kind"), tr("Channel"), tr("Revenue"), tr("Satisfaction"), tr("Follow-up"), tr("Notes")},
        m_tabs);
    m_episodes->setObjectName(QStringLiteral("episodeTree"));
    m_tabs->addTab(m_episodes, tr("&Episodes"));
    layout->addWidget(m_tabs, 1);
    clear();
}

void CustomerDetailsView::setRepository(storage::Repository* repository) {
    m_repository = repository;
    clear();
}

void CustomerDetailsView::clear() {
    m_customerId = 0;
    m_title->setText(tr("No customer selected"));
    m_subtitle->setText(tr("Choose a customer in the list to see the profile, contact persons and episodes."));
    while (m_profile->rowCount() > 0) {
        m_profile->removeRow(0);
    }
    m_contacts->clear();
    m_episodes->clear();
    m_tabs->setEnabled(false);
}

void CustomerDetailsView::addProfileRow(const QString& label, const QString& value) {
    if (value.isEmpty()) {
        return;
    }
    auto* field = new QLabel(value);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profile->addRow(label, field);
}

void CustomerDetailsView::showCustomer(core::CustomerId id) {
    clear();
    if (m_repository == nullptr || id <= 0) {
        return;
    }
    try {
        const auto customer = m_repository->customer(id);
        const auto row = m_repository->customerRow(id);
        if (!customer || !row) {
            m_title->setText(tr("Customer #%1 no longer exists").arg(id));
            return;
        }
        m_customerId = id;
        m_tabs->setEnabled(true);
        const auto& c = *customer;
        m_title->setText(fromUtf8(c.displayName));
        m_subtitle->setText(tr("%1 · %2 · customer #%3")
                                .arg(humanize(core::toCode(c.kind)), fromUtf8(core::toCode(c.market)).toUpper())
                                .arg(c.id));

        if (c.legalName != c.displayName) {
            addProfileRow(tr("Legal name"), fromUtf8(c.legalName));
        }
        QStringList address;
        for (const auto* part :
             {&c.address.street, &c.address.postcode, &c.address.city, &c.address.region, &c.address.country}) {
            if (!part->empty()) {
                address << fromUtf8(*part);
            }
        }
        addProfileRow(tr("Address"), address.join(QStringLiteral(", ")));
        addProfileRow(tr("E-mail"), joinPoints(c.emails));
        addProfileRow(tr("Phone"), joinPoints(c.phones));
        addProfileRow(tr("Segment"), fromUtf8(c.segment));
        addProfileRow(tr("Owner"), fromUtf8(c.owner));
        addProfileRow(tr("Acquired"),
                      c.acquiredOn
                          ? formatDate(c.acquiredOn) +
                                (c.acquisitionChannel ? tr(" via %1").arg(humanize(core::toCode(*c.acquisitionChannel)))
                                                      : QString())
                          : tr("Not yet (prospect)"));
        addProfileRow(tr("Acquisition cost"), formatMoney(c.acquisitionCost));
        addProfileRow(tr("Preferred channel"),
                      c.preferredChannel ? humanize(core::toCode(*c.preferredChannel)) : QString());
        QStringList tags;
        for (const auto& tag : c.tags) {
            tags << fromUtf8(tag);
        }
        addProfileRow(tr("Interests"), tags.join(QStringLiteral(", ")));
        addProfileRow(tr("Household size"), c.householdSize ? QString::number(*c.householdSize) : QString());
        addProfileRow(tr("Income band"), c.incomeBand ? humanize(core::toCode(*c.incomeBand)) : QString());
        addProfileRow(tr("Consent"),
                      c.consents.empty()
                          ? tr("None recorded")
                          : tr("Processing: %1, marketing: %2")
                                .arg(c.hasConsent(core::ConsentPurpose::Processing) ? tr("yes") : tr("no"),
                                     c.hasConsent(core::ConsentPurpose::Marketing) ? tr("yes") : tr("no")));
        const QString revenue = formatMoney(row->revenue);
        const QString margin = formatMoney(row->margin);
        addProfileRow(tr("Revenue"),
                      row->purchases == 1
                          ? tr("%1 (margin %2) from 1 purchase").arg(revenue, margin)
                          : tr("%1 (margin %2) from %3 purchases")
                                .arg(revenue, margin, QLocale().toString(static_cast<qlonglong>(row->purchases))));
        addProfileRow(tr("Last contact"), formatDate(row->lastContactOn));
        addProfileRow(tr("External reference"), fromUtf8(c.externalRef));
        addProfileRow(tr("Notes"), fromUtf8(c.notes));

        const QDate today = QDate::currentDate();
        for (const auto& person : m_repository->contactPersons(id)) {
            auto* item = new QTreeWidgetItem(m_contacts);
            item->setText(0, fromUtf8(person.name));
            item->setText(1, fromUtf8(person.role));
            item->setText(2, person.decisionMaker ? tr("yes") : QString());
            item->setText(3, formatDate(person.activeFrom));
            item->setText(4, formatDate(person.activeTo));
            item->setText(5, joinPoints(person.emails));
            item->setText(6, joinPoints(person.phones));
            if (person.activeTo && toQDate(*person.activeTo) < today) {
                for (int column = 0; column < m_contacts->columnCount(); ++column) {
                    item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
                }
                item->setToolTip(0, tr("No longer the contact: kept as history"));
            }
        }
        m_contacts->header()->resizeSections(QHeaderView::ResizeToContents);

        storage::EpisodeQuery query;
        query.customerId = id;
        query.limit = kEpisodeLimit;
        for (const auto& e : m_repository->episodes(query).rows) {
            auto* item = new QTreeWidgetItem(m_episodes);
            item->setText(0, formatDate(e.occurredOn));
            item->setText(1, humanize(core::toCode(e.kind)));
            item->setText(2, humanize(core::toCode(e.channel)));
            item->setText(3, e.revenue ? formatMoney(*e.revenue) : QString());
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            if (e.satisfaction) {
                item->setText(4,
                              *e.satisfaction == 0 ? QStringLiteral("0") : QString::asprintf("%+d", *e.satisfaction));
            }
            if (e.followUpOn) {
                item->setText(5, e.followUpDone ? tr("%1, done").arg(formatDate(e.followUpOn))
                                                : tr("%1, open").arg(formatDate(e.followUpOn)));
            }
            item->setText(6, fromUtf8(e.notes));
            if (e.critical) {
                // Critical episodes decide whether the relationship continues: make them stand out.
                QFont bold = item->font(0);
                bold.setBold(true);
                for (int column = 0; column < m_episodes->columnCount(); ++column) {
                    item->setFont(column, bold);
                }
                item->setToolTip(1, tr("Critical episode"));
                item->setText(1, tr("%1 (critical)").arg(item->text(1)));
            }
        }
        m_episodes->header()->resizeSections(QHeaderView::ResizeToContents);
    } catch (const std::exception& error) {
        spdlog::error("showing customer {} failed: {}", id, error.what());
        m_title->setText(tr("Could not read customer #%1").arg(id));
        m_subtitle->setText(QString::fromUtf8(error.what()));
    }
}

} // namespace rapport::ui
