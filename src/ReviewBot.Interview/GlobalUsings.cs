global using ReviewBot.Builder.Turns;
