import { expect, test } from '@playwright/test';

/**
 * The console built for the AWS signing proxy (the `aws-proxy` project: moto_server standing
 * in for AWS behind `npm run console:aws --proxy-only`): the top bar names the account and
 * Region the proxy's credentials act on (by its name, as the AWS console shows it), where the emulator build says "Local emulator".
 */
test('the top bar shows the AWS account and region instead of the endpoint', async ({ page }) => {
  await page.goto('/redis');
  const bar = page.getByRole('banner');
  // moto's account for any credentials, as sts:GetCallerIdentity answered the proxy at start.
  await expect(bar.getByText('AWS account 123456789012')).toBeVisible();
  await expect(bar.getByText('US East (N. Virginia)')).toBeVisible();
  await expect(bar.getByText('Local emulator')).toHaveCount(0);
  await expect(bar.getByRole('button', { name: 'Reset demo data' })).toHaveCount(0);
});

test('a request the console never makes is refused by the proxy, with its reason', async ({ page }, testInfo) => {
  await page.goto('/redis');
  const endpoint = String(testInfo.project.metadata.endpoint);
  // From the console's own page (an allowed origin), so only the allow-list stands in the way.
  const answer = await page.evaluate(async (url) => {
    const response = await fetch(`${url}/`, { method: 'POST', body: 'Action=DescribeCacheParameterGroups&Version=2015-02-02' });
    return { status: response.status, text: await response.text() };
  }, endpoint);
  expect(answer.status).toBe(403);
  expect(answer.text).toContain('DescribeCacheParameterGroups is not one of them');
});
