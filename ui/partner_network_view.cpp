#include "partner_network_view.h"

#include "formatting.h"
#include "i18n/domain_terms.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>

namespace rapport::ui {

namespace {

enum class Zone { Above, Below, Left, Right, Corner };

Zone zoneOf(core::PartnerDirection direction) {
    using D = core::PartnerDirection;
    switch (direction) {
    case D::Supplier:
    case D::Manufacturer:
        return Zone::Above;
    case D::Intermediary:
    case D::Distributor:
    case D::Retailer:
        return Zone::Below;
    case D::Competitor:
        return Zone::Left;
    case D::Complementary:
        return Zone::Right;
    default:
        return Zone::Corner;
    }
}

QColor colourOf(core::PartnershipStage stage) {
    // Colour-blind-safe hues (Okabe-Ito), one per lifecycle stage.
    switch (stage) {
    case core::PartnershipStage::Formation:
        return {0x56, 0xb4, 0xe9};
    case core::PartnershipStage::Experimentation:
        return {0xe6, 0x9f, 0x00};
    case core::PartnershipStage::Identification:
        return {0x00, 0x9e, 0x73};
    case core::PartnershipStage::Renewal:
        return {0x00, 0x72, 0xb2};
    case core::PartnershipStage::Rupture:
        return {0xd5, 0x5e, 0x00};
    }
    return Qt::gray;
}

constexpr qreal kNodeWidth = 170;
constexpr qreal kMinNodeWidth = 120;
constexpr qreal kNodeHeight = 40;

} // namespace

PartnerNetworkView::PartnerNetworkView(QWidget* parent)
    : QWidget(parent) {
    setMinimumSize(420, 320);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setToolTip(tr("Click a partner to open its card"));
}

void PartnerNetworkView::setPartnerships(std::vector<core::Partnership> partnerships) {
    m_partnerships = std::move(partnerships);
    update();
}

std::vector<PartnerNetworkView::Placed> PartnerNetworkView::layoutNodes() const {
    std::array<std::vector<std::size_t>, 5> zones;
    for (std::size_t i = 0; i < m_partnerships.size(); ++i) {
        zones[static_cast<std::size_t>(zoneOf(m_partnerships[i].direction))].push_back(i);
    }
    // Half of the other stakeholders (shareholders, employees, public bodies ...) go on each side of the firm.
    std::vector<std::size_t> othersLeft, othersRight;
    const auto& others = zones[static_cast<std::size_t>(Zone::Corner)];
    for (std::size_t k = 0; k < others.size(); ++k) {
        (k % 2 == 0 ? othersLeft : othersRight).push_back(others[k]);
    }
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -30); // the legend sits below
    const qreal band = area.height() * 0.27;
    const QRectF above(area.left(), area.top(), area.width(), band);
    const QRectF below(area.left(), area.bottom() - band, area.width(), band);
    const qreal middleTop = above.bottom() + 10, middleHeight = below.top() - 10 - middleTop;
    const qreal side = (area.width() - 160) / 4; // four columns around the firm's own column
    const QRectF left(area.left(), middleTop, side, middleHeight);
    const QRectF leftInner(left.right(), middleTop, side, middleHeight);
    const QRectF rightInner(area.right() - 2 * side, middleTop, side, middleHeight);
    const QRectF right(area.right() - side, middleTop, side, middleHeight);

    std::vector<Placed> placed;
    // Packs boxes in a grid that fills the region: as many columns as fit, rows shrinking when crowded.
    const auto pack = [&](const std::vector<std::size_t>& items, const QRectF& region) {
        if (items.empty()) {
            return;
        }
        constexpr qreal gap = 6;
        const int fit = std::max(1, static_cast<int>(region.width() / (kMinNodeWidth + gap)));
        const int columns = std::min<int>(fit, static_cast<int>(items.size()));
        const int rows = (static_cast<int>(items.size()) + columns - 1) / columns;
        const qreal width = std::min(kNodeWidth, region.width() / columns - gap);
        const qreal height = std::min(kNodeHeight, region.height() / rows - gap);
        const qreal cellWidth = region.width() / columns, cellHeight = region.height() / rows;
        for (std::size_t k = 0; k < items.size(); ++k) {
            const int row = static_cast<int>(k) / columns, column = static_cast<int>(k) % columns;
            const QPointF centre(region.left() + cellWidth * (column + 0.5), region.top() + cellHeight * (row + 0.5));
            placed.push_back({items[k], QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)});
        }
    };
    pack(zones[static_cast<std::size_t>(Zone::Above)], above);
    pack(zones[static_cast<std::size_t>(Zone::Below)], below);
    pack(zones[static_cast<std::size_t>(Zone::Left)], left);
    pack(zones[static_cast<std::size_t>(Zone::Right)], right);
    pack(othersLeft, leftInner);
    pack(othersRight, rightInner);
    return placed;
}

void PartnerNetworkView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -30);
    const QPointF centre = area.center();
    const QRectF firm(centre.x() - 70, centre.y() - 24, 140, 48);
    const auto nodes = layoutNodes();
    const QColor text = palette().color(QPalette::Text);

    for (const auto& node : nodes) {
        const auto& p = m_partnerships[node.index];
        QPen pen(colourOf(p.stage()), 1.5 + std::min<double>(3.0, static_cast<double>(p.bonds.size()) / 3.0));
        if (p.endedOn || p.stage() == core::PartnershipStage::Rupture) {
            pen.setStyle(Qt::DashLine);
        }
        painter.setPen(pen);
        painter.drawLine(firm.center(), node.box.center());
    }
    painter.setPen(QPen(text, 1.5));
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawRoundedRect(firm, 8, 8);
    painter.setPen(palette().color(QPalette::HighlightedText));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(firm, Qt::AlignCenter, tr("Our firm"));
    painter.setFont(font());

    for (const auto& node : nodes) {
        const auto& p = m_partnerships[node.index];
        painter.setPen(QPen(colourOf(p.stage()), 2));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(node.box, 6, 6);
        painter.setPen(text);
        const int textWidth = static_cast<int>(node.box.width()) - 8;
        const QString label = fontMetrics().elidedText(fromUtf8(p.partnerName), Qt::ElideRight, textWidth);
        // Crowded boxes keep the name only; the list and the card have the rest.
        const bool twoLines = node.box.height() >= 2 * fontMetrics().height() + 2;
        painter.drawText(node.box.adjusted(4, 1, -4, twoLines ? -node.box.height() / 2 : 0), Qt::AlignCenter, label);
        if (twoLines) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            const QString detail = tr("%1 · %2", "partner direction · lifecycle stage")
                                       .arg(i18n::term(p.direction), i18n::term(p.stage()));
            painter.drawText(node.box.adjusted(4, node.box.height() / 2, -4, -1), Qt::AlignCenter,
                             fontMetrics().elidedText(detail, Qt::ElideRight, textWidth));
        }
    }
    if (m_partnerships.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(0, 80, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
                         tr("No partnerships recorded yet."));
    }
    // Legend: one swatch per stage.
    qreal x = 12;
    const qreal y = height() - 16.0;
    for (const auto& [stage, code] : core::EnumNames<core::PartnershipStage>::values) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colourOf(stage));
        painter.drawRect(QRectF(x, y - 8, 10, 10));
        painter.setPen(text);
        const QString name = i18n::term(stage);
        painter.drawText(QPointF(x + 14, y + 1), name);
        x += 24 + fontMetrics().horizontalAdvance(name);
    }
}

void PartnerNetworkView::mousePressEvent(QMouseEvent* event) {
    for (const auto& node : layoutNodes()) {
        if (node.box.contains(event->position())) {
            emit partnershipClicked(m_partnerships[node.index].id);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace rapport::ui
