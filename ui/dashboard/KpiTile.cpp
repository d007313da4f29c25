#include "ui/dashboard/KpiTile.h"
#include "ui/style/Palette.h"

#include <QLabel>
#include <QVBoxLayout>

namespace canary::ui {

KpiTile::KpiTile(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_value(new QLabel(QStringLiteral("—"), this)),
      m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("KpiTile"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(110);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(1);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_value->setFont(big);
    QFont small = m_title->font();
    small.setBold(true);
    m_title->setFont(small);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    // A long criterion ("12 dropped · cap 400", German words) wraps inside the tile rather than widening the row.
    m_detail->setWordWrap(true);
    m_title->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(title);
    applyState();
}

void KpiTile::set(const QString &value, const QString &detail, State state)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_state = state;
    applyState();
}

void KpiTile::clear(const QString &detail)
{
    set(QStringLiteral("—"), detail, State::NoData);
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::detail() const
{
    return m_detail->text();
}

void KpiTile::applyState()
{
    // Strong colours that read on light and dark palettes alike; the symbol carries the same meaning.
    QString colour;
    QString symbol;
    switch (m_state) {
    case State::Good:
        colour = palette::fill(QStringLiteral("@pass@"));
        symbol = QStringLiteral("✓");
        break;
    case State::Near:
        colour = palette::fill(QStringLiteral("@warn@"));
        symbol = QStringLiteral("!");
        break;
    case State::Breached:
        colour = palette::fill(QStringLiteral("@fail@"));
        symbol = QStringLiteral("✗");
        break;
    case State::NoData:
    case State::Info:
        break;
    }
    setStyleSheet(colour.isEmpty() ? QString()
                                   : QStringLiteral("#KpiTile{border:2px solid %1;border-radius:6px}").arg(colour));
    m_value->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color:%1").arg(colour));
    setAccessibleDescription(QStringLiteral("%1 %2 %3").arg(symbol, m_value->text(), m_detail->text()));
    if (!symbol.isEmpty() && !m_detail->text().endsWith(symbol))
        m_detail->setText(m_detail->text() + QStringLiteral("  ") + symbol);
}

} // namespace canary::ui
