// amplify-dynamodb-simulator ships AWS's DynamoDB Local jar in its emulator/ folder, which is
// all we use; its Node wrapper pulls in the Amplify CLI, so its dependencies are dropped here.
module.exports = {
  hooks: {
    readPackage(pkg) {
      if (pkg.name === "amplify-dynamodb-simulator") pkg.dependencies = {};
      return pkg;
    },
  },
};
