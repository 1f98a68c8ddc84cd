// The seed example's handler: answers every API request with a JSON 200 naming its table.
'use strict';

exports.handler = async (event) => {
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      message: 'hello from api-handler',
      table: process.env.TABLE_NAME ?? null,
      path: (event && (event.rawPath || event.path)) || '/',
    }),
  };
};
