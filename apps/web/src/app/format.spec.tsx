import { screen } from '@testing-library/react';
import { LANGUAGES } from '@grensportaal/shared-domain';
import { formatterFor } from '@grensportaal/shared-i18n';
import { renderWithProviders } from '@web/test/render';
import { useFormat } from './format';

function Dates({ days }: { days: string[] }) {
  const format = useFormat();
  return (
    <ul>
      {days.map((d) => (
        <li key={d} data-testid={d}>
          {format.date(d)} {format.number(25000)}
        </li>
      ))}
    </ul>
  );
}

describe('dates and numbers on screen', () => {
  it.each(LANGUAGES)('are printed by the formatter the API writes e-mails with (%s)', async (language) => {
    const days = ['2026-06-05', '2026-11-12', '2027-01-01'];
    await renderWithProviders(<Dates days={days} />, { language });
    for (const day of days) expect(screen.getByTestId(day).textContent).toBe(`${formatterFor(language).date(day)} ${formatterFor(language).number(25000)}`);
  });
});
