/**
 * The files that go with a reply posted as a message: the decision record
 * ("history export") and the chart of a comparison or recommendation. Both
 * are uploaded into the same channel and thread (files:write). A refused
 * document upload falls back to the text in the channel; a chart that cannot
 * be drawn or uploaded is logged and left out, since the card says it all.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { chartImage } from '../../charts/chart-image.js';
import { shorten, type Reply, type ReplyDocument } from '../../core/index.js';
import { documentToBlocks, type SlackMessage } from './render.js';
import { withRateLimitWait } from './web-api.js';

/** A file's title is a line in Slack's file list, not the place for the whole alt text. */
const FILE_TITLE_MAX = 250;

type FileContent = { content: string } | { file: Buffer };
type Upload = FileContent & { filename: string; title: string; alt_text?: string };

export type PostMessage = (message: SlackMessage, threadTs: string | undefined) => Promise<string>;

export class SlackFiles {
  constructor(
    private readonly client: webApi.WebClient,
    private readonly channel: string,
    private readonly logger: Logger,
  ) {}

  /** Uploads the reply's document and chart beside it. */
  async attach(reply: Reply, threadTs: string | undefined, post: PostMessage): Promise<void> {
    if (reply.document) await this.document(reply.document, threadTs, post);
    if (reply.chart) await this.chart(reply, threadTs);
  }

  private async document(document: ReplyDocument, threadTs: string | undefined, post: PostMessage): Promise<void> {
    try {
      await this.upload({ filename: document.filename, title: document.filename, content: document.text }, threadTs);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not upload the document; posting it as text instead');
      await post(documentToBlocks(document), threadTs);
    }
  }

  private async chart(reply: Reply, threadTs: string | undefined): Promise<void> {
    try {
      const image = await chartImage(reply);
      if (image) await this.upload({ filename: image.filename, title: shorten(image.altText, FILE_TITLE_MAX, { atWord: 'near' }), alt_text: image.altText, file: image.png }, threadTs);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not attach the chart; the card was sent without it');
    }
  }

  private async upload(file: Upload, threadTs: string | undefined): Promise<void> {
    const channel_id = this.channel;
    await withRateLimitWait(() => (threadTs ? this.client.files.uploadV2({ ...file, channel_id, thread_ts: threadTs }) : this.client.files.uploadV2({ ...file, channel_id })));
  }
}
