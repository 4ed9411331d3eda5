// A child process of bench:harvest that walks every feed with the SDK's feed client alone, four at
// a time as the harvest does: the baseline. In a process of its own, so that the memory it leaves
// behind does not count against the harvester's peak. Sends back its time, CPU time and peak RSS.
import { readFeed } from '@openyouth/sdk';

const feeds = Number(process.env.FEEDS);
const base = process.env.FEEDS_BASE as string;

const walk = async (feed: number) => {
  for await (const _item of readFeed(`${base}/feeds/${feed}`)) {
    // Only reading: the baseline is the network and JSON cost the harvester cannot avoid.
  }
};
const start = performance.now();
for (let feed = 0; feed < feeds; feed += 4) {
  await Promise.all([0, 1, 2, 3].filter((i) => feed + i < feeds).map((i) => walk(feed + i)));
}
const cpu = process.cpuUsage();
process.send?.({
  seconds: (performance.now() - start) / 1000,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
});
