import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { admissionMiddleware } from './admission';

function request(method = 'POST') {
  return { req: { method } as Request, res: new EventEmitter() as unknown as Response & EventEmitter };
}

describe('admission of GraphQL requests', () => {
  it('works on at most the limit at once and lets the others in by arrival, as each one ends', () => {
    const admit = admissionMiddleware(2);
    const started: number[] = [];
    const requests = [0, 1, 2, 3].map((i) => ({ ...request(), i }));
    for (const r of requests) admit(r.req, r.res, () => started.push(r.i));
    expect(started).toEqual([0, 1]);
    requests[1].res.emit('finish');
    requests[1].res.emit('close');
    expect(started).toEqual([0, 1, 2]);
    requests[0].res.emit('close');
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it('drops a request from the line when its client goes away, and never holds back anything but POST', () => {
    const admit = admissionMiddleware(1);
    const started: string[] = [];
    const [first, gone, third] = [request(), request(), request()];
    admit(first.req, first.res, () => started.push('first'));
    admit(gone.req, gone.res, () => started.push('gone'));
    admit(third.req, third.res, () => started.push('third'));
    const get = request('GET');
    admit(get.req, get.res, () => started.push('get'));
    gone.res.emit('close');
    first.res.emit('finish');
    expect(started).toEqual(['first', 'get', 'third']);
  });
});
