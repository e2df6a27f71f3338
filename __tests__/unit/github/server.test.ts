/**
 * Token scope on the API side: which API root the token goes to (GITHUB_API_URL, or derived
 * from GITHUB_SERVER_URL), that it is HTTPS (plain HTTP only to loopback), and which
 * repositories are on the run's GitHub server (the only ones pull-request mode serves).
 */
import { describe, expect, it } from '@jest/globals';
import {
  githubApiUrl,
  githubServerUrl,
  isLoopbackHost,
  isOnGitHubServer,
  remoteHost,
} from '../../../src/github/server.js';

describe('githubApiUrl', () => {
  it('derives the API from the server: api.github.com for github.com, /api/v3 for GHES', () => {
    expect(githubApiUrl({})).toBe('https://api.github.com');
    expect(githubApiUrl({ GITHUB_SERVER_URL: 'https://github.com/' })).toBe(
      'https://api.github.com',
    );
    expect(githubApiUrl({ GITHUB_SERVER_URL: 'https://ghe.example.com/' })).toBe(
      'https://ghe.example.com/api/v3',
    );
  });

  it('takes GITHUB_API_URL when it is set', () => {
    expect(
      githubApiUrl({
        GITHUB_SERVER_URL: 'https://ghe.example.com',
        GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
      }),
    ).toBe('https://ghe.example.com/api/v3');
    expect(githubApiUrl({ GITHUB_API_URL: 'http://127.0.0.1:9000' })).toBe('http://127.0.0.1:9000');
  });

  it('refuses plain HTTP except to loopback, and URLs with credentials', () => {
    expect(() => githubApiUrl({ GITHUB_API_URL: 'http://api.example.com' })).toThrow(
      'GITHUB_API_URL http://api.example.com is not HTTPS: the GitHub token is sent only over HTTPS',
    );
    expect(() => githubApiUrl({ GITHUB_SERVER_URL: 'http://ghe.example.com' })).toThrow(
      'the API URL derived from GITHUB_SERVER_URL http://ghe.example.com/api/v3 is not HTTPS',
    );
    expect(() => githubApiUrl({ GITHUB_API_URL: 'https://u:p@api.example.com' })).toThrow(
      'GITHUB_API_URL https://api.example.com carries credentials, a query or a fragment',
    );
    expect(() => githubApiUrl({ GITHUB_API_URL: 'not a url' })).toThrow(
      'GITHUB_API_URL not a url is not a URL',
    );
  });

  it('knows loopback hosts', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '[::1]', '::1']) {
      expect(isLoopbackHost(h)).toBe(true);
    }
    for (const h of ['128.0.0.1', 'localhost.example.com', '10.0.0.1']) {
      expect(isLoopbackHost(h)).toBe(false);
    }
  });
});

describe('isOnGitHubServer', () => {
  const dotcom = {};
  const ghes = { GITHUB_SERVER_URL: 'https://ghe.example.com' };

  it('accepts HTTPS and SSH remotes on the server', () => {
    expect(githubServerUrl(dotcom)).toBe('https://github.com');
    for (const remote of [
      'https://github.com/acme/gitops.git',
      'https://x-access-token:abc@github.com/acme/gitops',
      'git@github.com:acme/gitops.git',
      'ssh://git@github.com/acme/gitops.git',
      'ssh://git@GitHub.com:22/acme/gitops.git',
    ]) {
      expect({ remote, on: isOnGitHubServer(remote, dotcom) }).toEqual({ remote, on: true });
    }
    expect(isOnGitHubServer('https://ghe.example.com/acme/gitops.git', ghes)).toBe(true);
    expect(isOnGitHubServer('git@ghe.example.com:acme/gitops.git', ghes)).toBe(true);
  });

  it('refuses remotes elsewhere: another host, another port, local paths', () => {
    for (const remote of [
      'https://git.example.com/acme/gitops.git',
      'https://github.com.evil.example/acme/gitops.git',
      'https://github.com:8443/acme/gitops.git',
      'git@gitlab.com:acme/gitops.git',
      'file:///srv/git/acme/gitops.git',
      '/srv/git/acme/gitops.git',
    ]) {
      expect({ remote, on: isOnGitHubServer(remote, dotcom) }).toEqual({ remote, on: false });
    }
    expect(isOnGitHubServer('https://github.com/acme/gitops.git', ghes)).toBe(false);
    expect(
      isOnGitHubServer('http://127.0.0.1:1234/acme/gitops.git', {
        GITHUB_SERVER_URL: 'http://127.0.0.1:1235',
      }),
    ).toBe(false);
    expect(
      isOnGitHubServer('http://127.0.0.1:1234/acme/gitops.git', {
        GITHUB_SERVER_URL: 'http://127.0.0.1:1234',
      }),
    ).toBe(true);
  });

  it('reads the host of URL and scp-like remotes', () => {
    expect(remoteHost('git@github.com:acme/x.git')).toEqual({
      host: 'github.com',
      hostname: 'github.com',
    });
    expect(remoteHost('https://GHE.example.com:8443/a/b')).toEqual({
      host: 'ghe.example.com:8443',
      hostname: 'ghe.example.com',
    });
    expect(remoteHost('../relative/path')).toBeUndefined();
  });
});
