#include "scale/bagcapture.h"

BagCapture::Event BagCapture::feed(const ScaleReading &reading)
{
    if (reading.isEmpty()) {
        const bool wasLoaded = !m_armed;
        m_armed = true;
        return wasLoaded ? Event::Emptied : Event::None;
    }
    if (reading.kind != ScaleReading::Kind::Weight || !reading.stable || !m_armed)
        return Event::None;
    m_armed = false;
    m_bag = Weight::fromHundredths(reading.hundredths);
    return Event::Captured;
}
