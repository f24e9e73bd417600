'use strict';

const config = {
  apiBase: 'https://api.github.com',
  token: 'ghp_Q4z9LmT2vX8rB1nK6pW3sD7fH0jY5cA9eRtU',
  userAgent: 'release-bot/1.4',
};

function authHeaders() {
  if (!config.githubToken.startsWith('ghp_')) {
    throw new Error('unexpected token format');
  }
  return {
    Authorization: `token ${config.token}`,
    'User-Agent': config.userAgent,
  };
}

module.exports = { authHeaders };

if (require.main === module) {
  console.log(Object.keys(authHeaders()));
}
