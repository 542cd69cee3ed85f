// The seven questions before posting (Grangetown Primary's social media policy), used until the
// engine's SEVEN_QUESTIONS is available to import.
export const SEVEN_QUESTIONS: { n: number; title: string; detail: string }[] = [
  { n: 1, title: 'Do you want the whole world to see?', detail: 'Other people’s settings can override yours, and anyone can copy and paste what you post somewhere public.' },
  { n: 2, title: 'Do you want it to be there forever?', detail: 'Once posted, it is almost impossible to delete from the internet; archives keep copies even after you delete it.' },
  { n: 3, title: 'Could it be taken out of context?', detail: 'It is easy for others to take what you post, change it and share it elsewhere.' },
  { n: 4, title: 'Could it put you or others in danger?', detail: 'It could show your house is empty, or that pupils are away on a trip, which matters for a looked-after child.' },
  { n: 5, title: 'Could you be breaking any laws?', detail: 'Copyright, privacy of vulnerable people, or saying something as fact that is not (slander).' },
  { n: 6, title: 'Is your message clear?', detail: 'Could it offend without meaning to? Is it clear whether you are posting for yourself or for the school?' },
  { n: 7, title: 'Could your friends’ actions reflect on you?', detail: 'Friends can tag you in photos or link you to things through their own posts. Choose your friends carefully.' },
];
