// The seven questions from the school's social media policy ("Before posting, staff and volunteers
// should ask themselves…"), shortened for a warning that is read in a few seconds.
export const SEVEN_QUESTIONS: { n: number; title: string; detail: string }[] = [
  { n: 1, title: 'Do you want the whole world to see it?', detail: 'Even with private settings, other people can copy and share what you post.' },
  { n: 2, title: 'Do you want it there forever?', detail: 'Once posted, it is almost impossible to delete: copies and archives stay.' },
  { n: 3, title: 'Could it be taken out of context?', detail: 'Others can copy it, change it and post it somewhere else.' },
  { n: 4, title: 'Could it put you or others in danger?', detail: 'For example, saying your house is empty or that pupils are on a school trip. This matters most for a looked-after child.' },
  { n: 5, title: 'Could it break the law?', detail: 'Privacy, copyright and child-protection laws apply, and claims that are not facts could be slander.' },
  { n: 6, title: 'Is your message clear?', detail: 'Could it offend anyone, or look as if you speak for the school?' },
  { n: 7, title: "Could your friends' actions reflect on you?", detail: 'Friends can tag you or link you to things through their own posts.' },
];
